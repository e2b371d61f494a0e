import type { Server } from 'node:http'
import { Agent } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { payload, startNonReadingServer, upload } from '../../../snippets/http-clients/timeouts/write-stall.ts'
import { failure } from '../../support/timing.ts'
import { latest } from './timing.ts'

const BIG = 4096 // x 64 KiB = 256 MiB, produced lazily: far more than the socket buffers hold

describe('write phase: a server that stops reading', () => {
  let server: Server | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    server?.closeAllConnections()
    await new Promise(r => server ? server.close(r) : r(undefined))
    server = agent = undefined
  })

  it('the upload hangs until the deadline: TimeoutError at 600 ms, no undici timer fires first', async () => {
    const s = await startNonReadingServer()
    server = s.server
    // every undici timer well above the deadline: only the deadline can end this call
    const a = agent = new Agent({ allowH2: false, connect: { timeout: 5000 }, headersTimeout: 5000, bodyTimeout: 5000 })
    const { err, ms } = await failure(() => upload(a, s.url, payload(BIG), 600))
    expect(err).toMatchObject({ name: 'TimeoutError' })
    expect(errorPhase(err)).toBe('deadline')
    expect(ms).toBeGreaterThanOrEqual(600 - 5)
    expect(ms).toBeLessThan(latest(600)) // AbortSignal.timeout is a native timer, still generous
  })

  it('a server that reads: the same upload completes well inside the deadline', async () => {
    const { createServer } = await import('node:http')
    server = createServer((req, res) => {
      req.resume()
      req.on('end', () => res.end('stored'))
    })
    await new Promise<void>(r => server!.listen(0, '127.0.0.1', r))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const a = agent = new Agent({ allowH2: false, headersTimeout: 5000, bodyTimeout: 5000 })
    await expect(upload(a, `http://127.0.0.1:${port}/upload`, payload(16), 5000)).resolves.toBe(200)
  })

  it('undici 8 correction: its headers timer, refreshed per written chunk, also fires on a stuck write', async () => {
    const s = await startNonReadingServer()
    server = s.server
    const a = agent = new Agent({ allowH2: false, headersTimeout: 300, bodyTimeout: 5000 })
    const { err, ms } = await failure(() => upload(a, s.url, payload(BIG), 5000))
    expect(err).toMatchObject({ cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } }) // labelled "headers"
    expect(errorPhase(err)).toBe('headers')
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(latest(300))
  })
})
