import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { downloadToFile } from '../../../snippets/http-clients/advanced/download-file.ts'

const payload = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 31) % 251))
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('downloadToFile', () => {
  let dir = ''
  let server: Server | undefined
  let agent: Agent | undefined
  let firstChunkSent: PromiseWithResolvers<void>
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kit-download-'))
    firstChunkSent = Promise.withResolvers<void>()
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-length': String(payload.length) })
      if (req.url === '/slow') { // half now, the rest never: the client must abort
        res.write(payload.subarray(0, 64 * 1024), () => firstChunkSent.resolve())
        return
      }
      res.end(payload)
    })
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
    agent = new Agent({ allowH2: false, bodyTimeout: 10_000 })
  })
  afterEach(async () => {
    await agent?.destroy()
    await new Promise<void>((resolve) => { server?.close(() => resolve()); server?.closeAllConnections() })
    await rm(dir, { recursive: true, force: true })
  })
  const url = (path: string) => `http://127.0.0.1:${(server!.address() as AddressInfo).port}${path}`

  it('the file\'s SHA-256 equals the served bytes', async () => {
    const path = join(dir, 'model.bin')
    expect(await downloadToFile(agent!, url('/full'), path)).toBe(payload.length)
    expect(sha(await readFile(path))).toBe(sha(payload))
  })

  it('an abort mid-download rejects and leaves no partial file', async () => {
    const controller = new AbortController()
    const done = downloadToFile(agent!, url('/slow'), join(dir, 'partial.bin'), controller.signal)
    await firstChunkSent.promise
    controller.abort()
    await expect(done).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })
})
