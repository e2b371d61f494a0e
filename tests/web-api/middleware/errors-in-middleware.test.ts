import { describe, expect, it } from 'vitest'
import type { ErrorReport } from '../../../snippets/web-api/error-responses/error-handler.ts'
import type { TrapResult } from '../../../snippets/web-api/middleware/errors-in-middleware.ts'
import { createSafeApp, createTrapApp } from '../../../snippets/web-api/middleware/errors-in-middleware.ts'
import { captureConsole } from '../../support/capture-console.ts'

const SECRET = 'password=hunter2'

describe('a try/catch around next() catches nothing', () => {
  it('the catch flag stays false while c.error is visible after next()', async () => {
    const result: TrapResult = { caught: false, seenAfterNext: undefined }
    const res = await createTrapApp(result).request('/boom')
    expect(res.status).toBe(500)
    expect(result.caught).toBe(false)
    expect(result.seenAfterNext).toContain('ECONNREFUSED')
  })

  it('a request that does not throw leaves c.error undefined', async () => {
    const result: TrapResult = { caught: false, seenAfterNext: 'stale' }
    const res = await createTrapApp(result).request('/missing')
    expect(res.status).toBe(404)
    expect(result.seenAfterNext).toBeUndefined()
  })
})

describe('onError: the consistent 500', () => {
  it('answers 500 INTERNAL_ERROR with the request id; never the message or a stack', async () => {
    const reports: ErrorReport[] = []
    const res = await createSafeApp(r => reports.push(r)).request('/boom', { headers: { 'X-Request-Id': 'req-42' } })
    expect(res.status).toBe(500)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const text = await res.text()
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain('ECONNREFUSED')
    expect(text).not.toMatch(/\bat .*\.ts:\d+/)
    const body = JSON.parse(text) as Record<string, unknown>
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', request_id: 'req-42', details: [] })
    expect(String(body.detail)).toMatch(/^An unexpected error occurred\. Reference: /)
    // the full error goes to the log side only
    expect(reports).toHaveLength(1)
    expect(reports[0]?.err?.message).toContain(SECRET)
    expect(reports[0]?.requestId).toBe('req-42')
  })

  it('the error response still carries request id, timing and CORS headers', async () => {
    const res = await createSafeApp(() => {}).request('/boom', {
      headers: { 'X-Request-Id': 'req-43', 'Origin': 'https://app.example.com' },
    })
    expect(res.headers.get('X-Request-Id')).toBe('req-43')
    expect(res.headers.get('Server-Timing')).toMatch(/total;dur=/)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com')
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('X-Request-Id')
  })

  it('demo shows the trap and the safe 500', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/errors-in-middleware.demo.ts'))
    expect(lines).toEqual([
      'trap: 500, catch ran: false',
      'c.error after next(): connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)',
      'log only: connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)',
      'client: 500 INTERNAL_ERROR request_id=req-42',
      'headers: x-request-id, server-timing, access-control-allow-origin',
    ])
  })
})
