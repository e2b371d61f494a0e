// The hand-written alternative to the status map: an instanceof ladder, which is order-sensitive.
import { AppError, NotFoundError, RateLimitError } from './domain-errors.ts'

export interface Mapped { status: number, headers: Record<string, string> }

// #region instanceof-ladder
export function wrongLadder(err: Error): Mapped {
  if (err instanceof AppError) // the general rule first...
    return { status: 400, headers: {} }
  if (err instanceof RateLimitError) // ...so this branch can never run
    return { status: 429, headers: { 'Retry-After': String(err.retryAfterSeconds) } }
  return { status: 500, headers: {} }
}

export function rightLadder(err: Error): Mapped {
  if (err instanceof RateLimitError) // most specific first, by hand, forever
    return { status: 429, headers: { 'Retry-After': String(err.retryAfterSeconds) } }
  if (err instanceof NotFoundError)
    return { status: 404, headers: {} }
  if (err instanceof AppError)
    return { status: 400, headers: {} }
  return { status: 500, headers: {} }
}
// #endregion instanceof-ladder
