// Node has no standard logger that libraries share: each producer gets an adapter that writes
// through the one root logger, tagged with a `component` field.
import type { Logger as DrizzleLogger } from 'drizzle-orm'
import type { Logger } from 'pino'

// #region adapters
/** Drizzle's logger interface: `drizzle(client, { logger: dbLogger(root) })`. */
export const dbLogger = (root: Logger): DrizzleLogger => {
  const log = root.child({ component: 'db' })
  return { logQuery: (query, params) => log.debug({ query, param_count: params.length }, 'db_query') }
}

/** hono/logger's print function: `app.use(logger(accessLog(root)))`. */
export const accessLog = (root: Logger) => {
  const log = root.child({ component: 'http' })
  return (line: string) => log.info({ line }, 'http_access')
}
// #endregion adapters

// #region process-warnings
/** Node's process warnings (deprecations, MaxListeners, ...) as warn lines; returns an unsubscribe. */
export function routeProcessWarnings(root: Logger): () => void {
  const log = root.child({ component: 'process' })
  const onWarning = (warning: Error) => log.warn({ err: warning, warning_name: warning.name }, 'process_warning')
  process.on('warning', onWarning)
  return () => process.off('warning', onWarning)
} // run with --no-warnings so Node does not also print them to stderr
// #endregion process-warnings
