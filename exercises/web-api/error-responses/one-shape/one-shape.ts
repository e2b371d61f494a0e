// One shape everywhere (see README.md): every failure of this app must leave as the same
// RFC 9457 problem body. Today it answers in five different formats.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import type { AppError } from '../../../../snippets/web-api/error-responses/domain-errors.ts'
import type { ErrorStatus } from '../../../../snippets/web-api/error-responses/problem-details.ts'

const TOKENS: Record<string, 'admin' | 'user'> = { 'admin-token': 'admin', 'user-token': 'user' }

export class UserService {
  readonly #users = new Map([[1, { id: 1, email: 'ada@example.com' }]])
  // TODO: throw domain errors (NotFoundError with code USER_NOT_FOUND, ConflictError with EMAIL_TAKEN)
  getUser(id: number) {
    const user = this.#users.get(id)
    if (!user)
      throw new HTTPException(404, { message: `User ${id} not found` }) // text/plain
    return user
  }

  createUser(email: string) {
    if ([...this.#users.values()].some(u => u.email === email))
      return undefined
    const user = { id: this.#users.size + 1, email }
    this.#users.set(user.id, user)
    return user
  }
}

export class ReportService {
  run(): { rows: number } {
    throw new Error('relation "reports" does not exist') // a bug the client must never see
  }
}

// TODO: map error classes to statuses and walk the prototype chain (most specific wins).
export function resolveStatus(_err: AppError): ErrorStatus {
  return 500
}

// TODO: one handler: AppError -> its status/code/details; HTTPException -> HTTP_<status>;
//       anything else -> 500 INTERNAL_ERROR with "Reference: <uuid>" and nothing internal.
export const onError: ErrorHandler = (err, c) =>
  err instanceof HTTPException ? err.getResponse() : c.text('Internal Server Error', 500)

// TODO: unmatched routes in the same shape (404 NOT_FOUND).
export const notFound: NotFoundHandler = c => c.text('404 Not Found', 404)

export function createApp() {
  const users = new UserService()
  const reports = new ReportService()
  const app = new Hono()
  app.get('/users/:id', c => c.json(users.getUser(Number(c.req.param('id')))))
  app.post('/users', zValidator('json', z.strictObject({ email: z.email() })), (c) => { // TODO: the shared hook
    const user = users.createUser(c.req.valid('json').email)
    if (!user)
      return c.json({ error: 'Email already registered' }, 409) // a hand-built shape
    return c.json(user, 201)
  })
  app.get('/admin/stats', (c) => {
    const role = TOKENS[(c.req.header('authorization') ?? '').replace(/^Bearer /, '')]
    if (!role)
      return c.json({ error: 'unauthorized' }, 401) // TODO: AuthenticationError
    if (role !== 'admin')
      return c.text('Forbidden', 403) // TODO: AuthorizationError
    return c.json({ users: 1 })
  })
  app.post('/reports', (c) => {
    try {
      return c.json(reports.run())
    }
    catch { // TODO: remove the catch-all: it hides every error behind one anonymous 500
      throw new HTTPException(500, { message: 'Something went wrong' })
    }
  })
  app.onError(onError)
  app.notFound(notFound)
  return app
}
