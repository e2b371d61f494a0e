import { afterEach, describe, expect, it } from 'vitest'
import { CONTENDERS, streamSurvival } from '../../../snippets/http-clients/choosing-a-client/stream-vs-total.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

describe('a long healthy stream: inactivity timers keep it, total timers cut it', () => {
  let vendor: FakeLlmServer | undefined
  afterEach(async () => {
    await vendor?.close()
    vendor = undefined
  })

  it('16 chunks 100 ms apart (1.6 s): idle timers complete, 800 ms totals are cut', async () => {
    vendor = await serveFakeLlm()
    const results = Object.fromEntries(await streamSurvival(vendor.url, { chunks: 16, gapMs: 100 }, { totalMs: 800, idleMs: 1000 }))
    expect(Object.keys(results)).toEqual(Object.keys(CONTENDERS))
    expect(results).toEqual({
      'undici bodyTimeout (idle)': 'complete (17 events)', // 16 chunks + [DONE]
      'got timeout.socket (idle)': 'complete (17 events)',
      'axios timeout, http adapter': 'complete (17 events)', // Node: req.setTimeout = inactivity
      'got timeout.request (total)': 'cut: timeout/deadline',
      'ky timeout (total)': 'cut: timeout/deadline',
      'axios timeout, fetch adapter': 'cut: timeout/unknown',
      'AbortSignal.timeout (total)': 'cut: timeout/deadline',
    })
    // the cut ones really hung up mid-stream: the vendor saw four client closes in the body
    expect(vendor.stats.clientCloses.filter(c => c.phase === 'body')).toHaveLength(4)
  })
})
