// The three minimal shapes to copy: an SSE endpoint, a file download, an upstream proxy.
// Node only (the download reads from disk).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'

export function createQuickApp(filePath: string, upstreamUrl: string) {
  const app = new Hono()
  // #region minimal-sse
  app.get('/events', (c) => {
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (s) => {
      for (let i = 1; i <= 3 && !s.aborted; i++) await s.writeSSE({ id: String(i), data: `tick ${i}` })
    })
  })
  // #endregion minimal-sse
  // #region minimal-download
  app.get('/download', async (c) => {
    const { size } = await stat(filePath) // resolve safely first (see safe-path)
    return c.body(Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array<ArrayBuffer>>, 200, {
      'Content-Length': String(size), 'Content-Disposition': 'attachment; filename="data.csv"' })
  })
  // #endregion minimal-download
  // #region minimal-proxy
  app.get('/proxy', async (c) => {
    const res = await fetch(upstreamUrl, { signal: c.req.raw.signal }) // client gone -> abort
    if (!res.ok || !res.body) return c.json({ code: 'EXTERNAL_SERVICE_ERROR' }, 502) // before byte 1
    return c.body(res.body, 200, { 'Content-Type': res.headers.get('content-type') ?? 'text/event-stream',
      'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' }) // bytes through untouched
  })
  // #endregion minimal-proxy
  return app
}
