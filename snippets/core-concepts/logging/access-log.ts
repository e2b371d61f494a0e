// Access logs: Hono's built-in logger middleware takes a print function, so request lines go
// through the app's logger (a child named "http") instead of console.log.
import { Hono } from 'hono'
import { logger } from 'hono/logger'

/** The slice of a pino logger the access log needs (a pino child fits). */
export interface AccessLogger {
  info(msg: string): void
}

// #region hono-logger
const ANSI_COLOR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

export function createApp(http: AccessLogger): Hono {
  const app = new Hono()
  app.use(logger((line) => {
    if (line.startsWith('-->'))                     // one line per request: the response
      http.info(line.replace(ANSI_COLOR, ''))       // no terminal colours in log files
  }))
  app.get('/health', c => c.text('ok'))
  app.get('/models/:id', c => c.json({ error: `model ${c.req.param('id')} not found` }, 404))
  return app
}
// #endregion hono-logger
