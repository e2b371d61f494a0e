import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { Agent, request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { NotFoundError } from '../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { createLogger, levelFor, logErrors } from '../../../snippets/web-api/error-responses/error-logging.ts'

interface Entry { level: number, msg: string, [key: string]: unknown }

function makeApp() {
  const entries: Entry[] = []
  const logger = createLogger({ write: line => entries.push(JSON.parse(line) as Entry) })
  const app = new Hono().use(requestId())
  app.get('/users/:id', (c) => {
    logger.info({ request_id: c.get('requestId') }, 'loading user') // the request's other lines
    throw new NotFoundError(`User ${c.req.param('id')} not found`)
  })
  app.post('/login', () => {
    // An HTTP client error that carries the request it sent (as some client libraries do).
    throw Object.assign(new Error('identity provider answered 500', { cause: new Error('upstream reset') }), {
      request: { body: { email: 'ada@example.com', password: 'hunter2' } },
    })
  })
  return { app: useProblemDetails(app, { report: logErrors(logger) }), entries }
}

let server: Listening | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('logging where errors are handled', () => {
  it('logs a 404 at warn with its context and without a stack', async () => {
    const { app, entries } = makeApp()
    await app.request('/users/42?expand=orders', { headers: { 'x-request-id': 'req-1' } })
    const warn = entries.find(e => e.level === 40)!
    expect(warn).toMatchObject({
      msg: 'User 42 not found', error_type: 'NotFoundError', code: 'NOT_FOUND', status: 404,
      method: 'GET', path: '/users/42', route: '/users/:id', query: '?expand=orders', request_id: 'req-1',
    })
    expect(warn.err).toBeUndefined()
    expect(levelFor(404)).toBe('warn')
  })

  it('logs a 500 at error with stack and cause, and redacts credentials', async () => {
    const { app, entries } = makeApp()
    const res = await app.request('/login', { method: 'POST', headers: { authorization: 'Bearer s3cret-token', cookie: 'sid=abc' } })
    expect(res.status).toBe(500)
    const entry = entries.find(e => e.level === 50)!
    const err = entry.err as { stack: string, message: string, request: { body: { password: string } } }
    expect(err.message).toContain('identity provider answered 500')
    expect(err.stack).toContain('caused by: Error: upstream reset')
    expect(err.request.body.password).toBe('[Redacted]')
    expect(entry.req).toMatchObject({ headers: { authorization: '[Redacted]', cookie: '[Redacted]' } })
    expect(JSON.stringify(entries)).not.toMatch(/hunter2|s3cret-token|sid=abc/)
  })

  it('the reference id in the response equals the error_id of exactly one log entry', async () => {
    const { app, entries } = makeApp()
    await app.request('/login', { method: 'POST' })
    const res = await app.request('/login', { method: 'POST' })
    const body = await res.json() as { detail: string }
    const reference = /Reference: ([0-9a-f-]{36})/.exec(body.detail)![1]
    expect(entries.filter(e => e.error_id === reference)).toHaveLength(1)
  })

  it('puts the request id on every entry of the request', async () => {
    const { app, entries } = makeApp()
    await app.request('/users/7', { headers: { 'x-request-id': 'req-7' } })
    expect(entries.map(e => e.msg)).toEqual(['loading user', 'User 7 not found'])
    expect(entries.every(e => e.request_id === 'req-7')).toBe(true)
  })

  it('records the client IP when served by @hono/node-server', async () => {
    const { app, entries } = makeApp()
    server = await listen(app)
    const agent = new Agent({ allowH2: false })
    const res = await request(`${server.url}/users/9`, { dispatcher: agent })
    await res.body.text()
    await agent.close()
    expect(res.statusCode).toBe(404)
    expect(entries.at(-1)).toMatchObject({ client_ip: '127.0.0.1', status: 404 })
  })

  it('the demo prints two redacted warn entries', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/error-logging.demo.ts'))
    expect(lines).toEqual([
      '{"level":40,"status":404,"code":"USER_NOT_FOUND","request_id":"r1","route":"/users/:id"}',
      '  req: {"headers":{"authorization":"[Redacted]","x-request-id":"r1"}}',
      '{"level":40,"status":400,"code":"HTTP_400","request_id":"r2","route":"/orders"}',
      '  req: {"headers":{"content-type":"application/json","cookie":"[Redacted]","x-request-id":"r2"}}',
    ])
  })
})
