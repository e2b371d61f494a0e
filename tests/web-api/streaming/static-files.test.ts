import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticApp } from '../../../snippets/web-api/streaming/static-files.ts'

const SIZE = 1000
let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kit-static-'))
  await writeFile(join(dir, 'data.txt'), 'x'.repeat(SIZE))
})
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('serveStatic with ranges', () => {
  it('full request -> 200 with Content-Length', async () => {
    const res = await createStaticApp(dir).request('/static/data.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(SIZE))
    expect((await res.text()).length).toBe(SIZE)
  })

  it('Range: bytes=0-99 -> 206 with Content-Range and 100 bytes', async () => {
    const res = await createStaticApp(dir).request('/static/data.txt', { headers: { Range: 'bytes=0-99' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${SIZE}`)
    expect((await res.arrayBuffer()).byteLength).toBe(100)
  })

  it('an unsatisfiable range -> 416', async () => {
    const res = await createStaticApp(dir).request('/static/data.txt', { headers: { Range: 'bytes=5000-6000' } })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe(`bytes */${SIZE}`)
  })
})
