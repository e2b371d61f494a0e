// undici's three transport timers, what each one stops, how their errors reach you through fetch,
// and the timer undici does not have (waiting for a socket). Node only.
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { findCause } from '../../core-concepts/exceptions/cause-chain.ts'
import type { TransportConfig } from '../core-concepts/vendorPool.ts'
import { deadline } from './deadline.ts'
import { QueueTimeoutError } from './timeoutErrors.ts'

// #region transportConfig
/** Each phase gets its own clock (production numbers; tests scale them to milliseconds). */
export const llmTransport = (origin: string): TransportConfig => ({
  origin, connections: 50, allowH2: false,
  connectTimeoutMs: 5_000, // DNS + TCP (+ TLS for https): fail fast when unreachable
  headersTimeoutMs: 30_000, // until the full response head; buffered LLM: the whole generation
  bodyTimeoutMs: 30_000, // longest SILENCE between body chunks, reset on every chunk
  keepAliveTimeoutMs: 4_000, // idle sockets expire
}) // no write timer, no pool-wait timer: the per-attempt and queue deadlines cover those

/** The kit's scaled test profile. undici 8 runs these three timers on a coarse wheel
 *  (~0.5 s ticks): they fire up to about 1 s late, so tests allow one tick. */
export const testTransport = (origin: string): TransportConfig => ({
  ...llmTransport(origin), connections: 4, connectTimeoutMs: 200, headersTimeoutMs: 250, bodyTimeoutMs: 250,
})
// #endregion transportConfig

// #region classifyTransport
export type TransportKind = 'connect-timeout' | 'headers-timeout' | 'body-timeout' | 'reset' | 'refused'
const KIND_BY_CODE: Record<string, TransportKind> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout', UND_ERR_HEADERS_TIMEOUT: 'headers-timeout',
  UND_ERR_BODY_TIMEOUT: 'body-timeout', ECONNRESET: 'reset', UND_ERR_SOCKET: 'reset', EPIPE: 'reset',
  ECONNREFUSED: 'refused',
}
const transportCode = (e: unknown): e is Error & { code: string } =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code in KIND_BY_CODE

/** fetch wraps undici errors (TypeError 'fetch failed' / 'terminated'): walk `cause`, compare `code`. */
export function classifyTransport(err: unknown): TransportKind | undefined {
  const coded = findCause(err, transportCode)
  return coded ? KIND_BY_CODE[coded.code] : undefined
}
// #endregion classifyTransport

// #region poolQueueWait
/** undici never times the wait for a free socket: only an aborted signal takes a request out.
 *  (The kit's real queue phase waits on its own permits instead: see layeredTimeouts.ts.) */
export async function callWithQueueBudget(url: string, pool: Dispatcher, waitMs: number): Promise<Response> {
  using wait = deadline(waitMs, () => new QueueTimeoutError(`no socket within ${waitMs} ms`))
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST', dispatcher: pool, signal: wait.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'queued' }] }),
  })
  return new Response(await res.text(), { status: res.status })
}
// #endregion poolQueueWait

/** One vendor call with an optional stream flag, read to the end; for the phase demos and tests. */
export async function readCompletion(url: string, pool: Dispatcher, stream = false): Promise<string> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST', dispatcher: pool,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'phase' }], stream }),
  })
  return await res.text()
}
