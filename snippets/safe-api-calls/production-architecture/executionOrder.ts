// Cost ordering, proven with spies: refuse cheaply (validation, then one Redis round trip for the
// user limit), then wait (vendor token), then reserve (the permit), then spend (the vendor call).
// The wrong order reserves first and makes legitimate requests queue behind doomed ones. Node demo.
import { z } from 'zod'
import type { Semaphore } from '../core-concepts/semaphore.ts'
import type { VendorLimiter } from '../kubernetes/globalLimiter.ts'

export interface OrderDeps {
  permits: Semaphore // this pod's scarce slots
  userLimit: (userId: string) => Promise<boolean> // one Redis round trip; false = over quota
  vendor: VendorLimiter // the cluster-wide vendor token
  callVendor: (prompt: string, signal: AbortSignal) => Promise<string>
}
export interface ChatRequest { userId: string, body: unknown }
export interface Outcome { status: 200 | 400 | 429, content?: string }
export type Route = (req: ChatRequest, deps: OrderDeps, signal: AbortSignal) => Promise<Outcome>

const Body = z.object({ prompt: z.string().min(1).max(20_000) })

// #region wrongOrder
export const wrongOrder: Route = async (req, deps, signal) => {
  using _permit = await deps.permits.acquire(signal) // reserve first...
  if (!(await deps.userLimit(req.userId))) // ...then learn the user is over quota:
    return { status: 429 } // a slot held for nothing
  const body = Body.safeParse(req.body)
  if (!body.success)
    return { status: 400 }
  await deps.vendor.acquire(signal)
  return { status: 200, content: await deps.callVendor(body.data.prompt, signal) }
}
// #endregion wrongOrder

// #region pipeline
export const rightOrder: Route = async (req, deps, signal) => {
  const body = Body.safeParse(req.body) // refuse for free: no I/O
  if (!body.success)
    return { status: 400 }
  if (!(await deps.userLimit(req.userId))) // refuse cheaply: one Redis trip
    return { status: 429 }
  await deps.vendor.acquire(signal) // wait, holding nothing
  using _permit = await deps.permits.acquire(signal) // reserve, last
  return { status: 200, content: await deps.callVendor(body.data.prompt, signal) } // spend
}
// #endregion pipeline

/** 5 over-quota requests arrive just before 1 legitimate one; returns when the legitimate call started. */
export async function legitimateStartDelay(route: Route, deps: OrderDeps, now: () => number = Date.now): Promise<number> {
  const signal = new AbortController().signal
  const start = now()
  let startedAt = Number.NaN
  const spied: OrderDeps = { ...deps, callVendor: async (p, s) => { startedAt = now(); return deps.callVendor(p, s) } }
  const doomed = Array.from({ length: 5 }, (_, i) => route({ userId: `over-${i}`, body: { prompt: 'hi' } }, spied, signal))
  await Promise.all([...doomed, route({ userId: 'legit', body: { prompt: 'hi' } }, spied, signal)])
  return startedAt - start
}
