// An error is an event too: name it, give it fields, attach the error object for the stack.
import type { Logger } from 'pino'

export class InsufficientFundsError extends Error {
  override name = 'InsufficientFundsError'
}
export type Charge = (userId: number, amount: number) => Promise<void>

// #region bad
export async function payBad(
  log: Logger, charge: Charge, userId: number, amount: number,
) {
  try {
    await charge(userId, amount)
  }
  catch (err) {
    // all facts trapped in one string; the stack is gone
    log.error(`Payment failed for user ${userId}, `
      + `amount ${amount}: ${String(err)}`)
  }
}
// #endregion bad

// #region good
export async function payGood(
  log: Logger, charge: Charge, userId: number, amount: number,
) {
  try {
    await charge(userId, amount)
  }
  catch (err) {
    const error_type = err instanceof Error ? err.name : typeof err
    log.error(
      { user_id: userId, amount, error_type, err },
      'payment_failed',
    )
  }
}
// #endregion good
