// The guide's timing context manager as a disposable: the line is written when the scope ends,
// whether the body returned or threw.
import type { Logger } from 'pino'

type Fields = Record<string, unknown>
const msSince = (start: number) => Number((performance.now() - start).toFixed(2))

// #region using-timer
export function logDuration(
  log: Logger, operation: string, fields: Fields = {},
): Disposable {
  const start = performance.now()
  return {
    [Symbol.dispose]: () => log.info(
      { operation, ...fields, duration_ms: msSince(start) },
      'operation_completed',
    ),
  }
}

export async function loadOrders(
  log: Logger, query: () => Promise<unknown[]>,
) {
  using _timer = logDuration(log, 'db_query', { table: 'orders' })
  return await query() // timed until the scope exits
}
// #endregion using-timer

// #region hof
export async function timed<T>(
  log: Logger, operation: string, fields: Fields,
  fn: () => Promise<T>,
): Promise<T> {
  using _timer = logDuration(log, operation, fields)
  return await fn()
}
// timed(log, 'llm_call', { model }, () => llm.complete(p))
// #endregion hof
