import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentDisposition, createDownloadApp, resolveInside } from '../../../snippets/web-api/streaming/file-download.ts'

const SIZE = 5 * 1024 * 1024
let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kit-download-'))
  await writeFile(join(dir, 'big.bin'), Buffer.alloc(SIZE, 7))
  await writeFile(join(dir, 'réport.csv'), 'a,b\n')
})
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('streamed file downloads', () => {
  it('streams a 5 MB file in 64 KiB chunks with the right Content-Length, heap staying flat', async () => {
    const heapBefore = process.memoryUsage().heapUsed
    const res = await createDownloadApp(dir).request('/downloads/big.bin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(SIZE))
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    let bytes = 0
    let chunks = 0
    let peakGrowth = 0
    const reader = res.body!.getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength
      chunks++
      peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - heapBefore)
    }
    expect(bytes).toBe(SIZE)
    expect(chunks).toBeGreaterThanOrEqual(SIZE / (64 * 1024)) // never the whole file at once
    expect(peakGrowth).toBeLessThan(SIZE / 2)
  })

  it('refuses a ../ name and answers 404 for a missing file, in the standard error shape', async () => {
    const app = createDownloadApp(dir)
    const escape = await app.request('/downloads/..%2F..%2Fetc%2Fpasswd')
    expect(escape.status).toBe(400)
    const missing = await app.request('/downloads/nope.csv')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/problem+json')
    expect(await missing.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', details: [] })
    expect(resolveInside(dir, '../x')).toBeUndefined()
    expect(resolveInside(dir, 'sub/../ok.txt')).toBe(join(dir, 'ok.txt'))
  })

  it('encodes non-ASCII names with an ASCII fallback and filename*', async () => {
    expect(contentDisposition('réport.csv')).toBe(`attachment; filename="r_port.csv"; filename*=UTF-8''r%C3%A9port.csv`)
    const res = await createDownloadApp(dir).request(`/downloads/${encodeURIComponent('réport.csv')}`)
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''r%C3%A9port.csv`)
    expect(await res.text()).toBe('a,b\n')
  })
})
