import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { requestContextMixin } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { userRoutes } from '../../../snippets/core-concepts/structured-logging/user-context.ts'
import { captureLines } from './log-capture.ts'

function setup() {
  const capture = captureLines()
  return { capture, app: userRoutes(pino({ base: undefined, mixin: requestContextMixin }, capture.destination)) }
}

describe('user context after authentication', () => {
  it('/dashboard lines carry user_id and user_role', async () => {
    const { app, capture } = setup()
    const res = await app.request('/dashboard', { headers: { Authorization: 'Bearer token-ada' } })
    expect(res.status).toBe(200)
    const records = capture.records()
    expect(records.map(r => r.msg)).toEqual(['dashboard_viewed', 'request_completed'])
    for (const record of records)
      expect(record).toMatchObject({ user_id: 42, user_role: 'admin', path: '/dashboard' })
  })

  it('/public lines do not, and fields do not leak into the next request', async () => {
    const { app, capture } = setup()
    await app.request('/dashboard', { headers: { Authorization: 'Bearer token-ada' } })
    await app.request('/public')
    const publicLines = capture.records().filter(r => r.path === '/public')
    expect(publicLines.map(r => r.msg)).toEqual(['public_viewed', 'request_completed'])
    for (const record of publicLines) {
      expect(record).not.toHaveProperty('user_id')
      expect(record).not.toHaveProperty('user_role')
    }
  })

  it('an unauthenticated /dashboard is 401 without user fields', async () => {
    const { app, capture } = setup()
    expect((await app.request('/dashboard')).status).toBe(401)
    expect(capture.records()).toMatchObject([{ msg: 'request_completed', status_code: 401 }])
    expect(capture.records()[0]).not.toHaveProperty('user_id')
  })
})
