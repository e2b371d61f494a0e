// After the first byte the status is sent: validate and check the source BEFORE streaming,
// and inside the stream send a safe `error` event. Browser-safe.
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { problem, sendProblem } from '../error-responses/problem-details.ts'

export interface ReportSource {
  available: () => Promise<boolean>
  rows: () => AsyncIterable<string>
}

const SAFE_MESSAGE = 'The report could not be completed'
const unavailable = problem({
  status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Data source unavailable' })

export function createReportApp(source: ReportSource, log: (line: string) => void = () => {}) {
  const app = new Hono()
  // #region fail-fast
  app.get('/report', async (c) => {
    if (!(await source.available())) // still a normal error response: 503
      return sendProblem(c, unavailable)
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      // #region in-stream-error
      try {
        for await (const row of source.rows())
          await stream.writeSSE({ event: 'row', data: row })
        await stream.writeSSE({ event: 'done', data: 'ok' })
      }
      catch (err) { // the status (200) is gone: an error EVENT, with a safe message
        log(`report failed: ${String(err)}`) // the detail stays in our logs
        await stream.writeSSE({ event: 'error', data: SAFE_MESSAGE })
      } // streamSSE closes the stream after the callback
      // #endregion in-stream-error
    })
  })
  // #endregion fail-fast
  // DON'T: streamSSE's onError forwards err.message to the client as an `error` event.
  app.get('/leaky', c => streamSSE(c, async (stream) => {
    for await (const row of source.rows())
      await stream.writeSSE({ event: 'row', data: row })
  }, async () => {}))
  return app
}
