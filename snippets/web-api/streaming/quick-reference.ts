// The three minimal shapes to copy: an SSE endpoint, a file download, an upstream proxy.
// Node only (the download reads from disk).
import { createReadStream } from 'node:fs'
import type { ReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { problem, sendProblem } from '../error-responses/problem-details.ts'

type WebBytes = ReadableStream<Uint8Array<ArrayBuffer>>
const toWeb = (file: ReadStream) => Readable.toWeb(file) as WebBytes
const badGateway = problem({ status: 502, code: 'EXTERNAL_SERVICE_ERROR', detail: 'Upstream failed' })

export function createQuickApp(filePath: string, upstreamUrl: string) {
  const app = new Hono()
  // #region minimal-sse
  app.get('/events', (c) => {
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (s) => {
      for (let i = 1; i <= 3 && !s.aborted; i++)
        await s.writeSSE({ data: `tick ${i}` })
    })
  })
  // #endregion minimal-sse
  // #region minimal-download
  app.get('/download', async (c) => {
    const { size } = await stat(filePath) // safe path!
    const file = createReadStream(filePath)
    return c.body(toWeb(file), 200, {
      'Content-Length': String(size),
      'Content-Disposition': 'attachment',
    })
  })
  // #endregion minimal-download
  // #region minimal-proxy
  app.get('/proxy', async (c) => {
    const res = await fetch(upstreamUrl, {
      signal: c.req.raw.signal }) // client gone: abort
    if (!res.ok || !res.body) // before byte 1
      return sendProblem(c, badGateway)
    return c.body(res.body, 200, { // bytes untouched
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no' })
  })
  // #endregion minimal-proxy
  return app
}
