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
export function basicEvents(log: Logger): void {
  // message = stable snake_case event name; everything variable goes in fields
  log.info({ port: 8000, workers: 4 }, 'server_started')
  log.debug({ key: 'user:42' }, 'cache_miss')
  log.error({ user_id: 42, reason: 'insufficient_funds' }, 'payment_failed')
}
// #endregion basic-events

// #region child
export function childEvents(log: Logger): Logger {
  const userLog = log.child({ user_id: 42, plan: 'premium' }) // a NEW logger
  userLog.info({ page: '/dashboard' }, 'page_viewed')
  userLog.info({ setting: 'theme', value: 'dark' }, 'settings_changed')
  return userLog
}
// #endregion child

// #region unbind-new
export function unbindAndNew(root: Logger): void {
  const requestLog = root.child({ request_id: 'req-7' })
  const userLog = requestLog.child({ user_id: 42 })
  userLog.info('profile_loaded')
  // "unbind user_id": keep logging through the parent that never had it
  requestLog.info('response_sent')
  // "new()": start over from the root, nothing of the request carried along
  root.child({ job: 'cleanup' }).info('job_started')
}
// #endregion unbind-new

// #region immutability
export function siblings(base: Logger): void {
  const auth = base.child({ service: 'auth' })
  const billing = base.child({ service: 'billing' })
  auth.info('login_succeeded')
  billing.info('invoice_created')
  base.info('health_checked') // the base carries neither service
}
// #endregion immutability
