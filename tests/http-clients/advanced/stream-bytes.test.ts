import { afterEach, describe, expect, it } from 'vitest'
import { Agent } from 'undici'
import { countStreamed, downloadBuffered, liveBytes, startBigBodyServer } from '../../../snippets/http-clients/advanced/stream-bytes.ts'

const MB = 1024 * 1024
const SIZE = 50 * MB

describe('streaming a 50 MB body vs buffering it', () => {
  let server: Awaited<ReturnType<typeof startBigBodyServer>> | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.close()
    await server?.close()
    server = agent = undefined
  })

  it('streaming while counting keeps live memory growth under 16 MB; byte counts match', async () => {
    server = await startBigBodyServer(SIZE)
    agent = new Agent({ allowH2: false, bodyTimeout: 10_000 })
    const before = liveBytes()
    let peak = 0
    let samples = 0
    const total = await countStreamed(agent, server.url, (n) => {
      if (n % (5 * MB) < 64 * 1024) { samples++; peak = Math.max(peak, liveBytes() - before) }
    })
    expect(total).toBe(SIZE)
    expect(samples).toBeGreaterThan(5) // measured all along the stream, not only at the end
    expect(peak).toBeLessThan(16 * MB)
  }, 30_000)

  it('the buffered variant holds the whole body: its length equals the full size', async () => {
    server = await startBigBodyServer(SIZE)
    agent = new Agent({ allowH2: false, bodyTimeout: 10_000 })
    const body = await downloadBuffered(agent, server.url)
    const live = liveBytes() // measured while `body` is still in use below
    expect(body.length).toBe(SIZE)
    expect(live).toBeGreaterThan(SIZE) // the whole body sits in memory at once
  }, 30_000)
})
