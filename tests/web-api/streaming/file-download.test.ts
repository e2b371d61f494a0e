import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import type { ReadStream } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

// Every file stream the app opens, to see how far it has read.
const opened: ReadStream[] = []
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const createReadStream: typeof fs.createReadStream = (...args) => {
    const stream = fs.createReadStream(...args)
    opened.push(stream)
    return stream
  }
  return { ...fs, createReadStream }
})
import { contentDisposition, createDownloadApp, resolveInside } from '../../../snippets/web-api/streaming/file-download.ts'

const SIZE = 5 * 1024 * 1024
let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kit-download-'))
  await writeFile(join(dir, 'big.bin'), Buffer.alloc(SIZE, 7))
  await writeFile(join(dir, 'réport.csv'), 'a,b\n')
})
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })
beforeEach(() => { opened.length = 0 })

describe('streamed file downloads', () => {
  it('streams a 5 MB file in 64 KiB chunks with the right Content-Length, reading disk only as the client reads', async () => {
    const res = await createDownloadApp(dir).request('/downloads/big.bin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBe(String(SIZE))
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    const reader = res.body!.getReader()
    const first = await reader.read()
    await setTimeout(100) // a slow client: the server must not read ahead to the end
    expect(opened).toHaveLength(1)
    expect(opened[0]!.bytesRead).toBeLessThan(SIZE / 8)
    let bytes = first.value!.byteLength
    let largest = bytes
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength
      largest = Math.max(largest, r.value.byteLength)
    }
    expect(bytes).toBe(SIZE)
    expect(largest).toBeLessThanOrEqual(64 * 1024) // never the whole file at once
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
