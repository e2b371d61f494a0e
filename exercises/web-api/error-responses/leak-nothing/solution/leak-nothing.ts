// Leak nothing, find everything (see README.md): the 500 path must log the real error with an
// error id and the request id, redact secrets, and answer only a reference.
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { pino } from 'pino'
import type { DestinationStream, Logger } from 'pino'
import { problem, sendProblem } from '../../../../../snippets/web-api/error-responses/problem-details.ts'

export const createLogger = (destination: DestinationStream): Logger =>
  pino({
    base: undefined,
    redact: { paths: ['req.headers.authorization', '*.password', '*.*.password', 'err.*.*.password', 'err.*.headers.authorization'] },
  }, destination)

/** An HTTP client error that carries the request it sent, secrets included (as some do). */
export class UpstreamError extends Error {
  override readonly name: string = 'UpstreamError'
  readonly request: { headers: Record<string, string>, body: Record<string, string> }
  constructor(message: string, request: UpstreamError['request']) {
    super(message)
    this.request = request
  }
}

export function createApp(logger: Logger) {
  const app = new Hono()
  app.use(requestId())
  app.post('/login', () => {
    throw new UpstreamError('identity provider answered 500', {
      headers: { authorization: 'Bearer idp-s3cret' },
      body: { email: 'ada@example.com', password: 'hunter2' },
    })
  })
  app.onError((err, c) => {
    const errorId = crypto.randomUUID()
    const requestId = c.get('requestId')
    logger.error({ err, error_id: errorId, request_id: requestId, req: { headers: Object.fromEntries(c.req.raw.headers) } }, 'unexpected error')
    return sendProblem(c, problem({
      status: 500, code: 'INTERNAL_ERROR', detail: `An unexpected error occurred. Reference: ${errorId}`, requestId,
    }))
  })
  return app
}
