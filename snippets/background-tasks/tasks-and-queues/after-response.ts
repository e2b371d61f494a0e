// FastAPI's BackgroundTasks, the Node way: Node has no after-response hook (waitUntil lives on
// edge runtimes), so this helper plays the role and supervises every task it starts.
// Browser-runnable (Hono app.request); drain() is the Node shutdown hook.
import { Hono, type Context } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'

type Work = () => Promise<unknown>
const message = (e: unknown) => (e instanceof Error ? e.message : String(e))
const afterThisResponse = () => new Promise(resolve => setTimeout(resolve, 0))

// #region helper
export function createAfterResponse(log: Logger) {
  const pending = new Set<Promise<void>>()
  let closing = false
  function afterResponse(c: Context, task: string, work: Work): boolean {
    const requestId = c.get('requestId')
    if (closing) { // shutdown began: refuse, and say so
      log.warn({ task, requestId }, 'after_response_rejected')
      return false
    }
    const run: Promise<void> = afterThisResponse().then(work).then(
      () => {}, // logged below, never an unhandled rejection
      e => log.error({ task, requestId, error: message(e) },
        'after_response_failed'),
    ).finally(() => pending.delete(run))
    pending.add(run) // tracked until it settles
    return true
  }
  // #endregion helper
  // #region drain
  const drain = async () => { // graceful shutdown: refuse new, wait
    closing = true
    while (pending.size > 0) await Promise.all(pending)
  }
  return { afterResponse, drain, get pending() { return pending.size } }
}
// #endregion drain

export type AfterResponse = ReturnType<typeof createAfterResponse>
export type SendWelcomeEmail = (email: string) => Promise<void>

// #region signup-route
export function createSignupApp(tasks: AfterResponse,
  sendWelcomeEmail: SendWelcomeEmail) {
  const app = new Hono()
  app.use(requestId()) // every log line of the task carries it
  let users = 0
  app.post('/signup', async (c) => {
    const { email }: { email?: unknown } = await c.req.json()
    if (typeof email !== 'string' || !email.includes('@'))
      return c.json({ error: 'email must be an address' }, 400)
    const user = { id: ++users, email } // stored: must not be lost
    tasks.afterResponse(c, 'welcome-email', () => sendWelcomeEmail(email))
    return c.json(user, 201) // does not wait for the email
  })
  return app
}
// #endregion signup-route
