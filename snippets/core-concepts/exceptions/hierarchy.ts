// One project error hierarchy: callers test `instanceof AppError` once, the HTTP boundary maps
// each class to a status, and unknown errors become a logged, generic 500.
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

// #region classes
export class AppError extends Error {
  override name = 'AppError'            // logs show the class, not "Error"
  readonly code: string = 'APP_ERROR'   // stable for programs; messages change
  readonly status: ContentfulStatusCode = 500
}
export class ValidationError extends AppError {
  override name = 'ValidationError'
  override readonly code = 'VALIDATION_FAILED'
  override readonly status = 422
}
export class NotFoundError extends AppError {
  override name = 'NotFoundError'
  override readonly code = 'NOT_FOUND'
  override readonly status = 404
}
// #endregion classes
export class DatabaseError extends AppError {
  override name = 'DatabaseError'
  override readonly code = 'DATABASE_UNAVAILABLE'
  override readonly status = 503
}

/** The slice of a pino logger the boundary needs. */
export interface BoundaryLogger {
  error(fields: { err: unknown }, msg: string): void
}

// #region boundary-mapping
export function mapErrors(app: Hono, log: BoundaryLogger): void {
  app.onError((err, c) => {
    if (err instanceof AppError)            // every domain failure, one check
      return c.json({ error: err.code, message: err.message }, err.status)
    log.error({ err }, 'unhandled error')   // logged once, here, with stack
    return c.json({ error: 'INTERNAL', message: 'Internal Server Error' }, 500)
  })
}
// #endregion boundary-mapping

export function createUsersApp(log: BoundaryLogger): Hono {
  const app = new Hono()
  app.get('/users/:id', c => { throw new NotFoundError(`user ${c.req.param('id')} not found`) })
  app.post('/users', () => { throw new ValidationError('email is required') })
  app.get('/report', () => { throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (user=report_ro)') })
  mapErrors(app, log)
  return app
}
