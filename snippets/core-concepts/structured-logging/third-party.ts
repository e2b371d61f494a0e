// Node has no standard logger that libraries share: each producer gets an adapter that writes
// through the one root logger, tagged with a `component` field.
import type { Logger as DrizzleLogger } from 'drizzle-orm'
import type { Logger } from 'pino'

// #region adapters
/** drizzle(client, { logger: dbLogger(root) }) */
export function dbLogger(root: Logger): DrizzleLogger {
  const log = root.child({ component: 'db' })
  return {
    logQuery: (query, params) => log.debug(
      { query, param_count: params.length }, // not params
      'db_query',
    ),
  }
}

/** app.use(logger(accessLog(root)))  (hono/logger) */
export function accessLog(root: Logger) {
  const log = root.child({ component: 'http' })
  return (line: string) => log.info({ line }, 'http_access')
}
// #endregion adapters

// #region process-warnings
/** Deprecations, MaxListeners, ... as warn lines. */
export function routeProcessWarnings(root: Logger) {
  const log = root.child({ component: 'process' })
  const onWarning = (warning: Error) => log.warn(
    { err: warning, warning_name: warning.name },
    'process_warning',
  )
  process.on('warning', onWarning)
  return () => process.off('warning', onWarning)
}
// start with --no-warnings: Node prints them too
// #endregion process-warnings
