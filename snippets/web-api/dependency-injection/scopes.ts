// Three scopes for a dependency: the whole app (app.use), a router (a sub-app with its own use,
// mounted with app.route) and one route (middleware in that route's argument list).
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { AuthorizationError, RateLimitError } from '../error-responses/domain-errors.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import type { Clock } from './container.ts'

/** Compares in time independent of where the strings differ (no early exit on the first mismatch). */
export function safeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}

/** FastAPI's `verify_api_key`: 403 when the key is missing or wrong. */
export const verifyApiKey = (key: string) => createMiddleware(async (c, next) => {
  if (!safeEqual(c.req.header('x-api-key') ?? '', key))
    throw new AuthorizationError('Invalid API key')
  await next()
})

/** Stand-in for the authentication deck's role check: the role comes from a trusted upstream. */
export const requireRole = (role: string) => createMiddleware(async (c, next) => {
  if (c.req.header('x-role') !== role)
    throw new AuthorizationError(`Requires the ${role} role`)
  await next()
})

/** A fixed-window limiter for ONE route (in memory, per process: see safe-api-calls for Redis). */
export function limitPerWindow(max: number, windowMs: number, clock: Clock) {
  let windowStart = 0
  let count = 0
  return createMiddleware(async (c, next) => {
    const now = clock.now().getTime()
    if (now - windowStart >= windowMs) {
      windowStart = now
      count = 0
    }
    if (++count > max)
      throw new RateLimitError('Too many searches', { retryAfterSeconds: Math.ceil((windowStart + windowMs - now) / 1000) })
    await next()
  })
}

export function createScopedApp(deps: { apiKey: string, clock: Clock }) {
  // #region scopes
  const app = new Hono()
  app.use(verifyApiKey(deps.apiKey)) // app scope: FastAPI(dependencies=[...])

  const admin = new Hono()
  admin.use(requireRole('admin')) // router scope: APIRouter(dependencies=[...])
  admin.get('/stats', c => c.json({ users: 2 }))
  app.route('/admin', admin)

  app.get('/products', c => c.json([{ id: 1, name: 'Desk lamp' }]))
  const limiter = limitPerWindow(2, 60_000, deps.clock) // route scope: this route only
  app.get('/search', limiter, c => c.json({ results: [] }))
  // #endregion scopes
  return useProblemDetails(app)
}
