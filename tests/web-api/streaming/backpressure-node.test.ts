import { createHash } from 'node:crypto'
import { get } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { chunkAt, createFirehoseApp } from '../../../snippets/web-api/streaming/backpressure-node.ts'

const TOTAL = 400 // 25 MB: far more than the socket buffers can hold
let server: Listening | undefined
let response: IncomingMessage | undefined
afterEach(async () => {
  response?.destroy()
  await server?.close()
  server = response = undefined
})

/** Resolves once `read()` has stopped changing for a while (polled, not a fixed sleep). */
async function settled(read: () => number) {
  let last = -1
  let stableFor = 0
  await vi.waitFor(() => {
    const now = read()
    stableFor = now === last ? stableFor + 1 : 0
    last = now
    expect(stableFor).toBeGreaterThanOrEqual(5)
  }, { timeout: 10_000, interval: 50 })
  return last
}

describe('socket backpressure through the Node adapter', () => {
  it('a client that stops reading stops the producer; resuming delivers everything intact', async () => {
    let pulls = 0
    server = await listen(createFirehoseApp(TOTAL, () => { pulls++ }))
    const res = await new Promise<IncomingMessage>((resolve, reject) => get(`${server!.url}/firehose`, resolve).on('error', reject))
    response = res
    res.pause() // stop reading: the socket buffers fill, the window closes
    const paused = await settled(() => pulls)
    expect(paused).toBeGreaterThan(0)
    expect(paused).toBeLessThan(TOTAL / 2) // bounded by buffers, not by the data
    const hash = createHash('sha256')
    let bytes = 0
    res.on('data', (chunk: Buffer) => { hash.update(chunk); bytes += chunk.byteLength })
    const ended = new Promise(resolve => res.on('end', resolve))
    res.resume()
    await ended
    const expected = createHash('sha256')
    for (let n = 0; n < TOTAL; n++) expected.update(chunkAt(n))
    expect(bytes).toBe(TOTAL * 64 * 1024)
    expect(hash.digest('hex')).toBe(expected.digest('hex'))
    expect(pulls).toBe(TOTAL + 1) // the last pull closes the stream
  })
})
