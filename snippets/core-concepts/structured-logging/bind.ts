// structlog's bind/unbind/new, the pino way: child loggers. Runs in Node and in the browser
// (pino's browser build), so the slide's live block shows the same lines as the terminal.
import pino, { type Logger } from 'pino'

/** A logger that hands each line to `print`: JSON text in Node, the same object in the browser. */
export function lineLogger(print: (line: string) => void): Logger {
  const level = (label: string) => ({ level: label })
  return pino({
    level: 'debug',
    base: undefined, // no pid/hostname: keeps the demo lines short
    timestamp: false,
    formatters: { level },
    browser: { formatters: { level }, write: record => print(JSON.stringify(record)) },
  }, { write: (line: string) => print(line.trimEnd()) })
}

// #region basic-events
export function basicEvents(log: Logger) {
  // message: a stable snake_case event name
  // fields: everything that varies
  log.info({ port: 8000, workers: 4 }, 'server_started')
  log.debug({ key: 'user:42' }, 'cache_miss')
  log.error(
    { user_id: 42, reason: 'insufficient_funds' },
    'payment_failed',
  )
}
// #endregion basic-events

// #region child
export function childEvents(log: Logger) {
  // a NEW logger; `log` is unchanged
  const userLog = log.child({ user_id: 42, plan: 'premium' })
  userLog.info({ page: '/dashboard' }, 'page_viewed')
  userLog.info({ setting: 'theme' }, 'settings_changed')
  return userLog
}
// #endregion child

// #region unbind-new
export function unbindAndNew(root: Logger) {
  const requestLog = root.child({ request_id: 'req-7' })
  const userLog = requestLog.child({ user_id: 42 })
  userLog.info('profile_loaded')
  // "unbind user_id": use the parent that never had it
  requestLog.info('response_sent')
  // "new()": start over from the root
  root.child({ job: 'cleanup' }).info('job_started')
}
// #endregion unbind-new

// #region immutability
export function siblings(base: Logger) {
  const auth = base.child({ service: 'auth' })
  const billing = base.child({ service: 'billing' })
  auth.info('login_succeeded')
  billing.info('invoice_created')
  base.info('health_checked') // neither service
}
// #endregion immutability
