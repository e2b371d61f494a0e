// One shape everywhere (see README.md): every failure of this app must leave as the same
// RFC 9457 problem body. Today it answers in five different formats.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import {
  AppError, AuthenticationError, AuthorizationError, ConflictError, ErrorCode, NotFoundError, RequestValidationError,
} from '../../../../../snippets/web-api/error-responses/domain-errors.ts'
import type { ErrorStatus } from '../../../../../snippets/web-api/error-responses/problem-details.ts'
import { problem, sendProblem } from '../../../../../snippets/web-api/error-responses/problem-details.ts'
import { validationHook } from '../../../../../snippets/web-api/validation/validation-hook.ts'

const TOKENS: Record<string, 'admin' | 'user'> = { 'admin-token': 'admin', 'user-token': 'user' }

export class UserService {
  readonly #users = new Map([[1, { id: 1, email: 'ada@example.com' }]])
  getUser(id: number) {
    const user = this.#users.get(id)
    if (!user)
      throw new NotFoundError(`User ${id} not found`, { code: ErrorCode.USER_NOT_FOUND })
    return user
  }

  createUser(email: string) {
    if ([...this.#users.values()].some(u => u.email === email))
      throw new ConflictError(`Email ${email} is already registered`, { code: ErrorCode.EMAIL_TAKEN })
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

type ErrorClass = abstract new (...args: never[]) => AppError
const STATUS = new Map<ErrorClass, ErrorStatus>([
  [NotFoundError, 404], [ConflictError, 409], [AuthenticationError, 401],
  [AuthorizationError, 403], [RequestValidationError, 422], [AppError, 400],
])

export function resolveStatus(err: AppError): ErrorStatus {
  for (let proto: unknown = Object.getPrototypeOf(err); proto; proto = Object.getPrototypeOf(proto)) {
    const status = STATUS.get((proto as { constructor: ErrorClass }).constructor)
    if (status)
      return status
  }
  return 400
}

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof AppError) {
    const headers: Record<string, string> = err instanceof AuthenticationError ? { 'WWW-Authenticate': 'Bearer' } : {}
    return sendProblem(c, problem({ status: resolveStatus(err), code: err.code, detail: err.message, details: err.details }), headers)
  }
  if (err instanceof HTTPException && err.status >= 400)
    return sendProblem(c, problem({ status: err.status as ErrorStatus, code: `HTTP_${err.status}`, detail: err.message || 'HTTP error' }))
  const reference = crypto.randomUUID()
  return sendProblem(c, problem({
    status: 500, code: 'INTERNAL_ERROR', detail: `An unexpected error occurred. Reference: ${reference}`, instance: `urn:uuid:${reference}`,
  }))
}

export const notFound: NotFoundHandler = c =>
  sendProblem(c, problem({ status: 404, code: 'NOT_FOUND', detail: `No route for ${c.req.method} ${c.req.path}` }))

export function createApp() {
  const users = new UserService()
  const reports = new ReportService()
  const app = new Hono()
  app.get('/users/:id', c => c.json(users.getUser(Number(c.req.param('id')))))
  app.post('/users', zValidator('json', z.strictObject({ email: z.email() }), validationHook), (c) => {
    return c.json(users.createUser(c.req.valid('json').email), 201)
  })
  app.get('/admin/stats', (c) => {
    const role = TOKENS[(c.req.header('authorization') ?? '').replace(/^Bearer /, '')]
    if (!role)
      throw new AuthenticationError('Missing or invalid token')
    if (role !== 'admin')
      throw new AuthorizationError('Admins only')
    return c.json({ users: 1 })
  })
  app.post('/reports', c => c.json(reports.run()))
  app.onError(onError)
  app.notFound(notFound)
  return app
}
