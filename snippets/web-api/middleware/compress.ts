// hono/compress: gzip/deflate through the platform's CompressionStream, only when it pays.
// Browser-safe.
import { Hono, type Context } from 'hono'
import { compress } from 'hono/compress'
import { streamSSE } from 'hono/streaming'

/** A JSON list of about `bytes` bytes. */
export const rowsOfSize = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 32) }, (_, i) => ({ id: i, name: `row-${String(i).padStart(5, '0')}` }))

// #region content-length
/** c.json() sends no Content-Length: without it compress() cannot apply its threshold. */
export function sizedJson(c: Context, data: unknown) {
  const body = new TextEncoder().encode(JSON.stringify(data))
  return c.body(body, 200, { 'Content-Type': 'application/json',
    'Content-Length': String(body.byteLength) })
}
// #endregion content-length

// #region compress
export function createCompressedApp() {
  const app = new Hono()
  // threshold 1024 B (Content-Length), compressible types only (not SSE),
  // skips HEAD, Content-Encoding, no-transform; adds Vary: Accept-Encoding
  app.use(compress())
  app.get('/big', c => sizedJson(c, rowsOfSize(2048))) // ~2 KB: gzip
  app.get('/small', c => sizedJson(c, rowsOfSize(500))) // ~500 B: as is
  app.get('/events', c => streamSSE(c, s => s.writeSSE({ data: 'x'.repeat(2048) })))
  return app
}
// #endregion compress
