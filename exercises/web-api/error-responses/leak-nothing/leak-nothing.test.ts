import { describe, expect, it } from 'vitest'
import { ProblemDetails } from '../../../../snippets/web-api/error-responses/problem-details.ts'
import { createApp, createLogger } from './leak-nothing.ts'

interface Entry { level: number, error_id?: string, request_id?: string, err?: { message?: string, stack?: string } }

async function crash(requestId: string) {
  const lines: string[] = []
  const app = createApp(createLogger({ write: line => lines.push(line) }))
  const res = await app.request('/login', { method: 'POST', headers: { 'x-request-id': requestId, authorization: 'Bearer user-s3cret' } })
  const text = await res.text()
  return { res, text, lines, entries: lines.map(l => JSON.parse(l) as Entry) }
}

describe('the 500 path', () => {
  it('answers a problem body with a reference and nothing internal', async () => {
    const { res, text } = await crash('req-1')
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = ProblemDetails.parse(JSON.parse(text))
    expect(body.detail).toMatch(/Reference: [0-9a-f-]{36}$/)
    expect(text).not.toMatch(/identity provider|hunter2|s3cret|at .*\.ts/)
  })

  it('logs the real error under the same id as the reference, with the request id', async () => {
    const { text, entries } = await crash('req-2')
    const reference = /Reference: ([0-9a-f-]{36})/.exec(JSON.parse(text).detail as string)![1]
    const matching = entries.filter(e => e.error_id === reference)
    expect(matching).toHaveLength(1)
    expect(matching[0]).toMatchObject({ level: 50, request_id: 'req-2', err: { message: 'identity provider answered 500' } })
    expect(matching[0]!.err!.stack).toContain('UpstreamError')
  })

  it('redacts the password and the tokens in the log', async () => {
    const { lines } = await crash('req-3')
    expect(lines.join('')).toContain('[Redacted]')
    expect(lines.join('')).not.toMatch(/hunter2|idp-s3cret|user-s3cret/)
  })
})
