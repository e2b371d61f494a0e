// FastAPI's dependency chain as Hono middleware: extractor -> currentUser -> activeUser -> guard.
// Each link has one job and its own test; every dependency comes in through `deps`.
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { errors } from 'jose'
import { AuthorizationError } from '../error-responses/domain-errors.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import type { TokenSettings, TokenType } from './jwt.ts'
import { verifyToken } from './jwt.ts'
import { bearerToken, unauthorized } from './bearer.ts'

export interface User {
  id: string
  email: string
  role: 'user' | 'admin'
  active: boolean
  permissions: readonly string[]
}
export interface UserRepo { findById: (id: string) => Promise<User | undefined> }
/** What the log gets about a refused token: the jose code, never the token. */
export interface AuthFailure { code: string, sub?: string }

export interface AuthDeps {
  tokens: TokenSettings
  users: UserRepo
  logAuthFailure?: (failure: AuthFailure) => void
}
export type AuthEnv = { Variables: { token: string, user: User } }

/** Verify, load the user; every failure is the same 401 for the client. */
export async function userFromToken(deps: AuthDeps, token: string, type: TokenType = 'access'): Promise<User> {
  try {
    const claims = await verifyToken(deps.tokens, token, type)
    const user = await deps.users.findById(claims.sub)
    if (user)
      return user
    deps.logAuthFailure?.({ code: 'USER_NOT_FOUND', sub: claims.sub })
  }
  catch (err) {
    if (!(err instanceof errors.JOSEError))
      throw err // our bug (e.g. the repo is down): a 500, not a 401
    deps.logAuthFailure?.({ code: err.code })
  }
  throw unauthorized('Could not validate credentials', 'invalid_token')
}

/** The guide's optional user: no token and an invalid token both mean "anonymous". */
export async function userIfValid(deps: AuthDeps, token: string | undefined): Promise<User | undefined> {
  try {
    return token ? await userFromToken(deps, token) : undefined
  }
  catch (err) {
    if (err instanceof HTTPException)
      return undefined
    throw err
  }
}

// #region current-user
/** get_current_user: after bearerToken(); a user deleted since the token was issued is a 401. */
export const currentUser = (deps: AuthDeps): MiddlewareHandler<AuthEnv> => async (c, next) => {
  c.set('user', await userFromToken(deps, c.var.token))
  await next()
}
// #endregion current-user

// #region active-user
/** get_current_active_user: the guide answers 400 "Inactive user". */
export const activeUser: MiddlewareHandler<AuthEnv> = async (c, next) => {
  if (!c.var.user.active)
    throw new HTTPException(400, { message: 'Inactive user' })
  await next()
}
// #endregion active-user

// #region require-role
/** A middleware factory, like the guide's require_role("admin") dependency factory. */
export const requireRole = (role: User['role']): MiddlewareHandler<AuthEnv> =>
  async (c, next) => {
    if (c.var.user.role !== role)
      throw new AuthorizationError(`Role '${role}' required`)
    await next()
  }
// #endregion require-role

// #region require-permissions
/** All required; the 403 names the missing ones. */
export const requirePermissions = (...perms: string[]): MiddlewareHandler<AuthEnv> =>
  async (c, next) => {
    const missing = perms.filter(p => !c.var.user.permissions.includes(p))
    if (missing.length)
      throw new AuthorizationError(`Missing permissions: ${missing.join(', ')}`,
        { extensions: { missing } })
    await next()
  }
// #endregion require-permissions

// #region router-level
/** One guard for the whole sub-app: every admin route, present and future, is covered. */
export function adminRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .use(bearerToken(), currentUser(deps), activeUser, requireRole('admin'))
    .get('/dashboard', c => c.json({ welcome: c.var.user.email }))
    .get('/stats', c => c.json({ users: 1000, active: 850 }))
    .delete('/users/:id', c => c.body(null, 204))
}
// #endregion router-level

export const publicUser = ({ id, email, role }: User) => ({ id, email, role })

// #region routes
export function createAuthApp(deps: AuthDeps) {
  const app = useProblemDetails(new Hono<AuthEnv>())
  const signedIn = [bearerToken(), currentUser(deps), activeUser] as const
  app.get('/users/me', ...signedIn, c => c.json(publicUser(c.var.user)))
  app.get('/users/me/orders', ...signedIn, c => c.json({ user: c.var.user.id, orders: [] }))
  app.delete('/posts/:id', ...signedIn, requirePermissions('posts:delete'),
    c => c.body(null, 204))
  app.route('/admin', adminRoutes(deps))
  return app
}
// #endregion routes

/** An in-memory repo for tests and demos. */
export const userRepo = (...users: User[]): UserRepo & { delete: (id: string) => void } => {
  const byId = new Map(users.map(u => [u.id, u]))
  return { findById: async id => byId.get(id), delete: id => void byId.delete(id) }
}
