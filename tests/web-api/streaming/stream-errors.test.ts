import { describe, expect, it } from 'vitest'
import { createReportApp } from '../../../snippets/web-api/streaming/stream-errors.ts'
import type { ReportSource } from '../../../snippets/web-api/streaming/stream-errors.ts'
import { sseReader } from './sse-reader.ts'

const source = (available: boolean, failAfter = Infinity): ReportSource & { opened: number } => {
  const s = {
    opened: 0,
    available: async () => available,
    async* rows() {
      s.opened++
      for (let i = 1; i <= 5; i++) {
        if (i > failAfter) throw new Error('connection to db-7.internal:5432 refused')
        yield `row ${i}`
      }
    },
  }
  return s
}

async function events(res: Response) {
  const out = []
  const reader = sseReader(res)
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value)
  return out
}

describe('errors before and after the first byte', () => {
  it('an unavailable source -> 503 problem JSON, and no stream', async () => {
    const src = source(false)
    const res = await createReportApp(src).request('/report')
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', detail: 'Data source unavailable' })
    expect(src.opened).toBe(0)
  })

  it('a failure after two events -> a generic error event, stream closed, status still 200', async () => {
    const logs: string[] = []
    const res = await createReportApp(source(true, 2), l => logs.push(l)).request('/report')
    expect(res.status).toBe(200)
    const got = await events(res) // ends: the stream was closed
    expect(got.map(e => e.event)).toEqual(['row', 'row', 'error'])
    expect(got[2]?.data).toBe('The report could not be completed')
    expect(JSON.stringify(got)).not.toContain('db-7.internal')
    expect(logs[0]).toContain('db-7.internal') // the detail is in our log only
  })

  it("streamSSE's onError path forwards the internal message (the pitfall)", async () => {
    const got = await events(await createReportApp(source(true, 1)).request('/leaky'))
    expect(got.at(-1)).toMatchObject({ event: 'error', data: 'connection to db-7.internal:5432 refused' })
  })
})
