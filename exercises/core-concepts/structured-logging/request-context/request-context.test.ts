import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import { describe, expect, it } from 'vitest'
import { createAppLogger, requestContext } from './request-context.ts'

type Line = Record<string, unknown>

function setup() {
  const lines: Line[] = []
  const log = createAppLogger({ write: (chunk: string) => { lines.push(...chunk.split('\n').filter(Boolean).map(l => JSON.parse(l) as Line)) } })
  const app = new Hono<{ Variables: RequestIdVariables }>()
  app.use(requestId(), requestContext())
  app.get('/jobs/:n', async (c) => {
    const job = Number(c.req.param('n'))
    for (let step = 0; step < 3; step++) {
      await sleep(Math.floor(Math.random() * 20)) // other requests run here
      log.info({ job, step }, 'job_step')
    }
    return c.json({ job })
  })
  return { app, log, lines }
}

describe('request context everywhere', () => {
  it('20 concurrent requests: every line carries the id of its own response, plus method and path', async () => {
    const { app, lines } = setup()
    const responses = await Promise.all(Array.from({ length: 20 }, (_, n) => app.request(`/jobs/${n}`)))
    const ids = responses.map(res => res.headers.get('X-Request-Id'))
    expect(new Set(ids).size).toBe(20)
    expect(lines).toHaveLength(60)
    for (const line of lines) {
      const job = Number(line.job)
      expect(line.request_id, `line of job ${job}`).toBe(ids[job])
      expect(line.method).toBe('GET')
      expect(line.path).toBe(`/jobs/${job}`)
    }
  })

  it('an inbound X-Request-Id reaches every line of that request', async () => {
    const { app, lines } = setup()
    await app.request('/jobs/1', { headers: { 'X-Request-Id': 'trace-abc' } })
    expect(lines.map(l => l.request_id)).toEqual(['trace-abc', 'trace-abc', 'trace-abc'])
  })

  it('lines outside any request carry no request fields', async () => {
    const { app, log, lines } = setup()
    await app.request('/jobs/2')
    log.info('after_request')
    expect(lines.at(-1)).toEqual(expect.objectContaining({ msg: 'after_request' }))
    expect(lines.at(-1)).not.toHaveProperty('request_id')
    expect(lines.at(-1)).not.toHaveProperty('path')
  })
})
