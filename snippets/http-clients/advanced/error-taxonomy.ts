// Node has no httpx-style error tree: errors come as undici codes, system codes, DOMException
// names, fetch's TypeError('fetch failed') with a `cause`, a SyntaxError from res.json(), and the
// kit's HttpStatusError. One classifier maps them onto the kit's taxonomy. Browser-runnable.
import { findCause } from '../../core-concepts/exceptions/cause-chain.ts'
import { HttpStatusError } from './retry-app.ts'

// #region taxonomy
export type Category = 'status' | 'timeout' | 'network' | 'aborted' | 'decode'
export type Kind = 'pool' | 'connect' | 'headers' | 'body' | 'deadline' // timeouts
  | 'refused' | 'dns' | 'reset' // network
  | `http-${number}` | 'aborted' | 'decode' | 'unknown'

const BY_CODE: Record<string, [Category, Kind]> = {
  UND_ERR_CONNECT_TIMEOUT: ['timeout', 'connect'], UND_ERR_BODY_TIMEOUT: ['timeout', 'body'],
  UND_ERR_HEADERS_TIMEOUT: ['timeout', 'headers'], ECONNREFUSED: ['network', 'refused'],
  ENOTFOUND: ['network', 'dns'], EAI_AGAIN: ['network', 'dns'],
  ECONNRESET: ['network', 'reset'], UND_ERR_SOCKET: ['network', 'reset'],
  UND_ERR_ABORTED: ['aborted', 'aborted'],
}
const BY_NAME: Record<string, [Category, Kind]> = {
  QueueTimeoutError: ['timeout', 'pool'], TimeoutError: ['timeout', 'deadline'],
  DeadlineExceededError: ['timeout', 'deadline'], AbortError: ['aborted', 'aborted'],
  SyntaxError: ['decode', 'decode'],
}
// #endregion taxonomy

export class HttpClientError extends Error {
  override readonly name = 'HttpClientError'
  readonly category: Category
  readonly kind: Kind
  constructor(category: Category, kind: Kind, cause: unknown) {
    super(`${category}/${kind}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.category = category
    this.kind = kind
  }
}

const match = (e: unknown): [Category, Kind] | undefined => {
  if (e instanceof HttpStatusError) return ['status', `http-${e.status}`]
  if (!(e instanceof Error)) return undefined
  return ('code' in e && BY_CODE[String(e.code)]) || BY_NAME[e.name]
}

/** The first error in the cause chain that we recognise decides (fetch wraps it in a TypeError). */
export function classify(err: unknown): HttpClientError {
  if (err instanceof HttpClientError) return err
  const found = findCause(err, (e): e is Error => match(e) !== undefined)
  const [category, kind] = (found && match(found)) || ['network', 'unknown']
  return new HttpClientError(category, kind, err)
}

// #region catch-specific
export interface CallContext { requestId: string, attempt: number }
export type Log = (line: Record<string, unknown>) => void

/** Specific first: each category gets the log line (and the alert) it deserves. */
export function logFailure(err: unknown, ctx: CallContext, log: Log): HttpClientError {
  const e = classify(err)
  const hint = e.kind === 'connect' ? 'network unreachable or slow DNS'
    : e.kind === 'headers' || e.kind === 'body' ? 'server stopped responding'
      : e.kind === 'pool' ? 'pool saturated: consider raising connections'
        : e.kind === 'refused' ? 'service down'
          : e.category === 'status' ? 'server answered with an error status' : 'request failed'
  log({ msg: 'http_error', category: e.category, kind: e.kind, hint, ...ctx })
  return e
}
// #endregion catch-specific
