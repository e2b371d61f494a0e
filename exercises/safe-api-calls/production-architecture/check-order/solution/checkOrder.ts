// Put the checks in order: refuse cheaply, then wait, then reserve, then spend.
import { z } from 'zod'
import type { Route } from '../../../../../snippets/safe-api-calls/production-architecture/executionOrder.ts'

const Body = z.object({ prompt: z.string().min(1).max(20_000) })

export const chatRoute: Route = async (req, deps, signal) => {
  const body = Body.safeParse(req.body) // free: no I/O
  if (!body.success)
    return { status: 400 }
  if (!(await deps.userLimit(req.userId))) // one Redis round trip
    return { status: 429 }
  await deps.vendor.acquire(signal) // wait, holding nothing
  using _permit = await deps.permits.acquire(signal) // reserve, last
  return { status: 200, content: await deps.callVendor(body.data.prompt, signal) }
}
