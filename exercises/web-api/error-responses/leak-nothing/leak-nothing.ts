// Leak nothing, find everything (see README.md): the 500 path must log the real error with an
// error id and the request id, redact secrets, and answer only a reference.
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { pino } from 'pino'
import type { DestinationStream, Logger } from 'pino'

// TODO: redact the authorization header and every password before a line is written.
export const createLogger = (destination: DestinationStream): Logger =>
  pino({ base: undefined }, destination)

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
    // TODO: one error id for the log line and the body; log err with error_id and request_id;
    //       answer a 500 problem body whose detail ends in "Reference: <error id>".
    logger.error(`request failed: ${err.message}`)
    return c.json({ error: err.message, stack: err.stack }, 500)
  })
  return app
}
