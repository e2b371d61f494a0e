// One error class per clock, so a caller can tell WHICH budget ran out (Python's single
// asyncio.TimeoutError cannot). Browser-runnable; call-patterns/errors.ts builds its taxonomy on these.

// #region errors
/** Waited too long for a token or a permit: our own overload. Never retried; 503. */
export class QueueTimeoutError extends Error {
  override readonly name = 'QueueTimeoutError'
}

/** One attempt used up its budget: the vendor was slow. Retried at most once. */
export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError'
}

/** The whole request ran out of time (the SLA). Never retried; 504. */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError'
}

/** The caller went away. Not a failure: no retry, no breaker count, no response. */
export class ClientAbortError extends Error {
  override readonly name = 'ClientAbortError'
}
// #endregion errors

/** The caller's disconnect as a typed reason (Node's raw reason is an anonymous AbortError). */
export function clientSignal(raw: AbortSignal): AbortSignal {
  const typed = new AbortController()
  if (raw.aborted) typed.abort(new ClientAbortError())
  else raw.addEventListener('abort', () => typed.abort(new ClientAbortError()), { once: true })
  return typed.signal
}
