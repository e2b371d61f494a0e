// The guide's timing context manager as a disposable: the line is written when the scope ends,
// whether the body returned or threw.
import type { Logger } from 'pino'

// #region using-timer
export function logDuration(log: Logger, operation: string, fields: Record<string, unknown> = {}): Disposable {
  const start = performance.now()
  return {
    [Symbol.dispose]() {
      const duration_ms = Number((performance.now() - start).toFixed(2))
      log.info({ operation, ...fields, duration_ms }, 'operation_completed')
    },
  }
}

export async function loadOrders(log: Logger, query: () => Promise<unknown[]>) {
  using _timer = logDuration(log, 'db_query', { table: 'orders' })
  return await query() // timed until this scope exits
}
// #endregion using-timer

// #region hof
export async function timed<T>(log: Logger, operation: string, fields: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  using _timer = logDuration(log, operation, fields)
  return await fn()
}
// usage: await timed(log, 'llm_call', { model: 'small' }, () => client.complete(prompt))
// #endregion hof
