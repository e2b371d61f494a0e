import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { describe, expect, it } from 'vitest'
import { createCompressedApp, rowsOfSize } from '../../../snippets/web-api/middleware/compress.ts'
import { captureConsole } from '../../support/capture-console.ts'

const gzip = { headers: { 'Accept-Encoding': 'gzip' } }
const gunzip = async (res: Response) =>
  new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).text()

describe('hono/compress', () => {
  const app = createCompressedApp()

  it('compresses ~2 KB of JSON for a gzip client, adds Vary, and the body decompresses to the original', async () => {
    const res = await app.request('/big', gzip)
    expect(res.headers.get('Content-Encoding')).toBe('gzip')
    expect(res.headers.get('Vary')).toBe('Accept-Encoding')
    expect(res.headers.has('Content-Length')).toBe(false)
    expect(JSON.parse(await gunzip(res))).toEqual(rowsOfSize(2048))
  })

  it('leaves a ~500 B response alone (threshold 1024 B, read from Content-Length)', async () => {
    const res = await app.request('/small', gzip)
    expect(Number(res.headers.get('Content-Length'))).toBeLessThan(1024)
    expect(res.headers.has('Content-Encoding')).toBe(false)
    expect(JSON.parse(await res.text())).toEqual(rowsOfSize(500))
  })

  it('never compresses SSE (text/event-stream is not in the compressible list)', async () => {
    const res = await app.request('/events', gzip)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/event-stream/)
    expect(res.headers.has('Content-Encoding')).toBe(false)
    expect(await res.text()).toContain('x'.repeat(2048))
  })

  it('sends identity without Accept-Encoding (but still Vary: Accept-Encoding)', async () => {
    const res = await app.request('/big')
    expect(res.headers.has('Content-Encoding')).toBe(false)
    expect(res.headers.get('Vary')).toBe('Accept-Encoding')
    expect(JSON.parse(await res.text())).toEqual(rowsOfSize(2048))
  })

  it.each([
    ['HEAD requests', '/plain', { method: 'HEAD' }],
    ['Cache-Control: no-transform', '/no-transform', {}],
    ['an already encoded body', '/encoded', {}],
  ])('pins the other skips of the defaults: %s', async (_name, path, init) => {
    const big = 'y'.repeat(4096)
    const app = new Hono().use(compress())
      .get('/plain', c => c.text(big))
      .get('/no-transform', c => c.text(big, 200, { 'Cache-Control': 'public, no-transform' }))
      .get('/encoded', c => c.body(big, 200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'br' }))
    const control = await app.request('/plain', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(control.headers.get('Content-Encoding')).toBe('gzip') // the same body on a plain GET
    const res = await app.request(path, { ...init, headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('Content-Encoding')).not.toBe('gzip')
  })

  it('picks deflate when the client only accepts deflate', async () => {
    const res = await app.request('/big', { headers: { 'Accept-Encoding': 'deflate' } })
    expect(res.headers.get('Content-Encoding')).toBe('deflate')
  })

  it('demo shows 2 KB compressed and 500 B sent as is', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/compress.demo.ts'))
    expect(lines[0]).toMatch(/^\/big: gzip, \d{3} bytes on the wire$/)
    expect(lines[1]).toMatch(/^\/small: identity, \d{3} bytes on the wire$/)
  })
})
