// The call behind a Hono route: an SLA deadline composed with the caller's disconnect, and a status
// mapping a client can act on. Browser-runnable with the in-process fake (app.request in the page).
import type { Context, Hono } from 'hono'
import { z } from 'zod'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import { clientSignal } from '../concurrency-and-timeouts/timeoutErrors.ts'
import { callLlm, type CallDeps } from './callLlm.ts'
import {
  ClientAbortError, DeadlineExceededError, errorCode, FinalFailure, QueueTimeoutError,
  RejectedError, UpstreamHttpError, VendorQuotaExceededError,
} from './errors.ts'
import { retryAfterHeader } from './retryAfter.ts'

export interface RouteDeps {
  call: CallDeps
  slaMs: number // production 60 s; the scaled profile 500 ms (below queue + 2 x call)
  onUnexpected?: (err: unknown) => void // one error line with the stack; default console.error
}

const ChatBody = z.object({ prompt: z.string().min(1).max(20_000) })

// #region slaRoute
export function registerLlmRoute(app: Hono, deps: RouteDeps): Hono {
  app.post('/chat', async (c) => {
    const body = ChatBody.safeParse(await c.req.json().catch(() => undefined))
    if (!body.success)
      return c.json({ error: 'invalid_request' }, 400)
    // One clock for the whole request (queue, attempts, sleeps), ended early by a disconnect.
    const caller = clientSignal(c.req.raw.signal)
    using sla = deadline(deps.slaMs, () => new DeadlineExceededError(), caller)
    try {
      const messages = [{ role: 'user' as const, content: body.data.prompt }]
      const res = await callLlm({ messages, budget: sla.remaining }, deps.call, sla.signal)
      return c.json({ content: res.content, attempts: res.attempts })
    }
    catch (err) {
      return toResponse(c, err, deps.onUnexpected ?? console.error)
    }
  })
  return app
}
// #endregion slaRoute

/** Our own Retry-After header (whole seconds) as Hono's `headers` argument. */
const retryAfter = (ms: number) => ({ 'retry-after': retryAfterHeader(ms) })

// #region errorMapping
export function toResponse(c: Context, err: unknown, onUnexpected: (e: unknown) => void): Response {
  if (err instanceof DeadlineExceededError)
    return c.json({ error: 'deadline_exceeded' }, 504)
  if (err instanceof QueueTimeoutError)
    return c.json({ error: 'overloaded' }, 503, { 'retry-after': '1' }) // fast: try again soon
  if (err instanceof FinalFailure) {
    const last = err.last // a 429 whose advice outlived our SLA: pass the advice on
    if (last instanceof UpstreamHttpError && last.status === 429 && last.retryAfterMs !== undefined)
      return c.json({ error: 'vendor_rate_limited' }, 429, retryAfter(last.retryAfterMs))
    return c.json({ error: 'upstream_failed', code: errorCode(last) }, 502) // never vendor text
  }
  if (err instanceof RejectedError) { // our own protections (later decks)
    const status = err instanceof VendorQuotaExceededError ? 429 : 503
    return c.json({ error: err.code.toLowerCase() }, status, retryAfter(err.retryAfterMs))
  }
  if (err instanceof ClientAbortError)
    return new Response(null, { status: 499 }) // nobody is listening; logged as "client closed"
  onUnexpected(err) // a bug: log it with its stack, tell the client nothing
  return c.json({ error: 'internal' }, 500)
}
// #endregion errorMapping

// #region whatClientsSee
/** What each situation looks like from outside: the slide's table, checked by the demo and the tests. */
export const WHAT_CLIENTS_SEE = {
  'healthy': 200, // normal latency
  'vendor slow, recovers': 200, // the retry is invisible
  'vendor down': 502, // a controlled failure with a stable code
  'SLA exceeded': 504, // the request's own clock ran out
  'queue overload': 503, // fast, with Retry-After (the guide: 504 or 429)
} as const
// #endregion whatClientsSee
