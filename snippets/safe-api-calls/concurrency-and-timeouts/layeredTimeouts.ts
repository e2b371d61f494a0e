// The application clocks: queue phase, call phase and SLA boundary, each with its own typed error.
// Queue and call clocks run one AFTER the other (the guide nests them: every call would be cut at
// the 5 s queue budget). Node only: composes the deck-1 primitives with deadline().
import { Hono } from 'hono'
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import type { Permit, Semaphore } from '../core-concepts/semaphore.ts'
import type { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { type Deadline, deadline } from './deadline.ts'
import { CallTimeoutError, ClientAbortError, clientSignal, DeadlineExceededError, QueueTimeoutError } from './timeoutErrors.ts'

export interface LayeredDeps {
  vendorUrl: string
  pool: Dispatcher
  bucket: TokenBucket
  permits: Semaphore
  queueMs: number // production 5 s, tests 200 ms
  callMs: number // production 32 s (transport 30 s + 2 s), tests 300 ms
  slaMs: number // production 60 s, tests 500 ms
  log?: (event: string, fields: Record<string, unknown>) => void
}

/** What an attempt needs to know about its request: the signal and the budget left. */
export type RequestBudget = Pick<Deadline, 'signal' | 'remaining'>

// #region queuePhase
/** Waiting only: token, then permit, under ONE deadline that is gone once the permit is held. */
export async function queuePhase(deps: LayeredDeps, request: RequestBudget): Promise<Permit> {
  using queue = deadline(Math.min(deps.queueMs, request.remaining()),
    () => new QueueTimeoutError(`no capacity within ${deps.queueMs} ms`), request.signal)
  await deps.bucket.take(queue.signal)
  return await deps.permits.acquire(queue.signal)
} // `using` disposes the queue clock here: it cannot bleed into the call
// #endregion queuePhase

// #region attemptBudget
/** Deadline propagation: an attempt never outlives the request. */
export const attemptBudget = (slaRemainingMs: number, callTimeoutMs: number): number =>
  Math.min(callTimeoutMs, slaRemainingMs)

/** When the SLA capped this attempt, running out IS the SLA: say so with the right error. */
export function attemptDeadline(callMs: number, request: RequestBudget): Deadline {
  const ms = attemptBudget(request.remaining(), callMs)
  return deadline(ms, () => ms < callMs
    ? new DeadlineExceededError('the request SLA ended during the last attempt')
    : new CallTimeoutError(`attempt exceeded ${callMs} ms`), request.signal)
}
// #endregion attemptBudget

// #region callPhase
/** One attempt, wired into undici: connection, sending, generation and reading all count. */
export async function callPhase(deps: LayeredDeps, prompt: string, request: RequestBudget): Promise<string> {
  using call = attemptDeadline(deps.callMs, request)
  const res = await fetch(`${deps.vendorUrl}/v1/chat/completions`, {
    method: 'POST', dispatcher: deps.pool, signal: call.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
  })
  if (!res.ok)
    throw new Error(`vendor answered ${res.status}`) // deck 3 turns this into a typed error
  return await res.text()
}
// #endregion callPhase

/** Two attempts at most; only a call timeout is retried here (deck 3 adds the full policy). */
export async function callWithinBudget(deps: LayeredDeps, prompt: string, request: RequestBudget): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    using _permit = await queuePhase(deps, request)
    try {
      return await callPhase(deps, prompt, request)
    }
    catch (err) {
      if (!(err instanceof CallTimeoutError) || attempt >= 1)
        throw err
    } // the permit is released here, before the next queue phase
  }
}

// #region slaBoundary
export function createLayeredApp(deps: LayeredDeps): Hono {
  return new Hono().post('/chat', async (c) => {
    using sla = deadline(deps.slaMs, () => new DeadlineExceededError(), clientSignal(c.req.raw.signal))
    try {
      const { prompt } = await c.req.json<{ prompt: string }>()
      return c.json({ answer: await callWithinBudget(deps, String(prompt), sla) })
    }
    catch (err) {
      deps.log?.('chat failed', { error: err instanceof Error ? err.name : 'unknown' })
      if (err instanceof DeadlineExceededError)
        return c.json({ error: 'deadline exceeded' }, 504)
      if (err instanceof QueueTimeoutError)
        return c.json({ error: 'overloaded' }, 503, { 'retry-after': '1' })
      if (err instanceof ClientAbortError)
        return new Response(null, { status: 499 }) // never delivered: the caller left
      return c.json({ error: 'vendor call failed' }, 502)
    }
  })
}
// #endregion slaBoundary
