// What you actually catch: undici error classes, fetch's TypeError wrapper (undici error as
// `cause`), DOMExceptions from signals, the kit's typed reasons. One function maps them all to
// the phase that failed. Browser-safe: no undici import, codes and names compared as strings.
import { findCause } from '../../core-concepts/exceptions/cause-chain.ts'

// #region classify
export type Phase = 'pool' | 'connect' | 'headers' | 'body' | 'deadline' | 'aborted' | 'network'

const BY_CODE: Record<string, Phase> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect', UND_ERR_HEADERS_TIMEOUT: 'headers', UND_ERR_BODY_TIMEOUT: 'body',
  UND_ERR_ABORTED: 'aborted', ECONNREFUSED: 'network', ECONNRESET: 'network', EPIPE: 'network',
  UND_ERR_SOCKET: 'network', ENOTFOUND: 'network', EAI_AGAIN: 'network',
}
const BY_NAME: Record<string, Phase> = { // DOMException names and the kit's typed reasons
  QueueTimeoutError: 'pool', TimeoutError: 'deadline', DeadlineExceededError: 'deadline',
  CallTimeoutError: 'deadline', AbortError: 'aborted', ClientAbortError: 'aborted',
}
const phaseOf = (e: unknown): Phase | undefined => !(e instanceof Error) ? undefined
  : ('code' in e && BY_CODE[String(e.code)]) || BY_NAME[e.name]

/** The failed phase, walking fetch's `cause` chain; undefined: not a transport failure (rethrow). */
export function errorPhase(err: unknown): Phase | undefined {
  const found = findCause(err, (e): e is Error => phaseOf(e) !== undefined)
  return found && phaseOf(found)
}
// #endregion classify

// #region catch-specific
export type Decision = 'retry' | 'retry-if-idempotent' | 'give-up' | 'rethrow'

/** Specific first; a retry never runs past the caller's deadline (the retry loop checks it). */
export function onCallError(err: unknown): Decision {
  switch (errorPhase(err)) {
    case 'connect': return 'retry' // no byte reached the server: safe to try again
    case 'headers': case 'body': case 'network': return 'retry-if-idempotent' // it may have acted
    case 'pool': return 'give-up' // our own overload: shed load, answer 503
    case 'deadline': case 'aborted': return 'give-up' // the budget is spent or nobody waits
    default: return 'rethrow' // a bug or a vendor answer: not a timeout
  }
}
// #endregion catch-specific
