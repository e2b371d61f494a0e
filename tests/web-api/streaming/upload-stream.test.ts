import { request } from 'node:http'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { createUploadApp } from '../../../snippets/web-api/streaming/upload-stream.ts'

const MB = 1024 * 1024
let dir = ''
let server: Listening | undefined
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kit-upload-')) })
afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

describe('streaming uploads to disk', () => {
  it('writes a 3 MB upload to a temporary file and reports its size', async () => {
    let path = ''
    const app = createUploadApp({ dir, maxBytes: 10 * MB, onStart: (p) => { path = p } })
    const res = await app.request('/uploads', { method: 'POST', body: new Uint8Array(3 * MB).fill(1) })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ bytes: 3 * MB })
    expect((await stat(path)).size).toBe(3 * MB)
  })

  it('an upload over the limit -> 413 and the partial file is gone', async () => {
    const app = createUploadApp({ dir, maxBytes: 1 * MB })
    const res = await app.request('/uploads', { method: 'POST', body: new Uint8Array(3 * MB) })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ status: 413, code: 'HTTP_413' })
    expect(await readdir(dir)).toEqual([])
  })

  it('a client abort mid-upload removes the partial file', async () => {
    const started = Promise.withResolvers<string>()
    const cleaned = Promise.withResolvers<string>()
    server = await listen(createUploadApp({ dir, maxBytes: 100 * MB, onStart: p => started.resolve(p), onCleanup: p => cleaned.resolve(p) }))
    const req = request(`${server.url}/uploads`, { method: 'POST' })
    req.on('error', () => {}) // we destroy it on purpose
    req.write(Buffer.alloc(MB, 2))
    const path = await started.promise
    await vi.waitFor(async () => expect((await stat(path)).size).toBeGreaterThan(0))
    req.destroy() // the client goes away mid-body
    expect(await cleaned.promise).toBe(path)
    expect(await readdir(dir)).toEqual([])
  })

  it('the parseBody route rejects a large form through body-limit', async () => {
    const app = createUploadApp({ dir, maxBytes: MB })
    const small = new FormData()
    small.set('name', 'ok')
    expect((await app.request('/form', { method: 'POST', body: small })).status).toBe(200)
    const big = new FormData()
    big.set('blob', 'x'.repeat(200 * 1024))
    const res = await app.request('/form', { method: 'POST', body: big })
    expect(res.status).toBe(413)
  })
})
