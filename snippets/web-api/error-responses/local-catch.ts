// Catching locally, correctly: catch the one class that needs extra context, re-throw the rest.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { validate } from '../validation/validation-hook.ts'
import { AppError, ErrorCode, NotFoundError } from './domain-errors.ts'

/** Thrown by a ledger library we do not own: it knows the balance, not our error codes. */
export class InsufficientFundsError extends Error {
  override readonly name: string = 'InsufficientFundsError'
  readonly balance: number
  constructor(balance: number) {
    super(`Balance ${balance} is too low`)
    this.balance = balance
  }
}

export class Ledger {
  readonly #balances = new Map<string, number>([['acc-1', 100], ['acc-2', 0]])
  transfer(from: string, to: string, cents: number) {
    if (from === 'acc-broken')
      throw new Error('ledger replica lag: relation "balances" is locked') // a bug, not a client error
    const balance = this.#balances.get(from)
    if (balance === undefined || !this.#balances.has(to))
      throw new NotFoundError(`Account ${balance === undefined ? from : to} not found`)
    if (balance < cents)
      throw new InsufficientFundsError(balance)
    this.#balances.set(from, balance - cents)
    this.#balances.set(to, this.#balances.get(to)! + cents)
    return { from, to, cents, balance: balance - cents }
  }
}

const Transfer = z.strictObject({ from: z.string(), to: z.string(), cents: z.int().positive() })
const validTransfer = validate('json', Transfer)

export function transferRoutes(ledger: Ledger) {
  const app = new Hono().use(bodyLimit({ maxSize: 16 * 1024 }))
  // #region swallow-everything
  app.post('/transfers-swallowing', validTransfer, (c) => {
    const { from, to, cents } = c.req.valid('json')
    try {
      return c.json(ledger.transfer(from, to, cents))
    }
    catch { // every 404 and 400 becomes an anonymous 500
      throw new Error('Transfer failed')
    }
  })
  // #endregion swallow-everything
  // #region local-catch
  app.post('/transfers', validTransfer, (c) => {
    const { from, to, cents } = c.req.valid('json')
    try {
      return c.json(ledger.transfer(from, to, cents))
    }
    catch (err: unknown) { // unknown: narrow before use
      if (err instanceof InsufficientFundsError) // the one case that needs context
        throw new AppError('Insufficient funds for this transfer', {
          code: ErrorCode.INSUFFICIENT_FUNDS, extensions: { balance: err.balance }, cause: err,
        })
      throw err // everything else: the global handler
    }
  })
  // #endregion local-catch
  return app
}
