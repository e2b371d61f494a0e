// Fields known only after authentication join the request's context for the rest of the request.
import { Hono, type MiddlewareHandler } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import { bindToRequest } from './request-context.ts'
import { requestLogging, type RequestLogEnv } from './request-logging.ts'

export interface User { id: number, role: 'admin' | 'member' }
type UserEnv = { Variables: RequestLogEnv['Variables'] & { user: User } }

/** Stand-in for real authentication (see web-api/authentication): a fixed token table. */
const TOKENS: ReadonlyMap<string, User> = new Map([['token-ada', { id: 42, role: 'admin' }]])
export const authenticate: MiddlewareHandler<UserEnv> = async (c, next) => {
  const user = TOKENS.get(c.req.header('Authorization')?.replace(/^Bearer /, '') ?? '')
  if (!user)
    return c.json({ error: 'unauthorized' }, 401)
  c.set('user', user)
  await next()
}

// #region bind-user
export const bindUser: MiddlewareHandler<UserEnv> =
  async (c, next) => {
    const user = c.get('user') // set by authenticate
    // this request only
    bindToRequest({ user_id: user.id, user_role: user.role })
    await next()
  }
// like FastAPI's Depends, per route:
// app.get('/dashboard', authenticate, bindUser, handler)
// #endregion bind-user

// #region routes
export function userRoutes(log: Logger) {
  const app = new Hono<UserEnv>()
  app.use(requestId(), requestLogging(log))
  app.get('/dashboard', authenticate, bindUser, (c) => {
    log.info('dashboard_viewed') // user_id, user_role
    return c.json({ widgets: 3 })
  })
  app.get('/public', (c) => {
    log.info('public_viewed') // no user fields
    return c.text('hello')
  })
  return app
}
// #endregion routes
