import { describe, expect, it } from 'vitest'
import { readStream, stallAfterThree, steady } from '../../../snippets/http-clients/timeouts/body-timeout-resets.ts'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { failure } from '../../support/timing.ts'
import { latest, vendorAndAgent } from './timing.ts'

describe('bodyTimeout 300 ms restarts on every chunk', () => {
  const setup = vendorAndAgent({ headersTimeout: 1000, bodyTimeout: 300 })

  it('10 chunks, one every 150 ms, complete: about 1.5 s in total, five times the limit', async () => {
    const v = await setup()
    const t0 = performance.now()
    const result = await readStream(v.agent, v.url, steady)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(9 * 150 - 20)
    expect(result.events).toBe(11) // 10 content chunks + [DONE]
    expect(result.text.trimEnd().endsWith('data: [DONE]')).toBe(true)
  })

  it('a stall after chunk 3 -> UND_ERR_BODY_TIMEOUT after exactly 3 chunks', async () => {
    const v = await setup()
    const seen: number[] = []
    const t0 = performance.now()
    let lastChunkAt = 0
    const { err } = await failure(() => readStream(v.agent, v.url, stallAfterThree, (n) => {
      seen.push(n)
      lastChunkAt = performance.now()
    }))
    const silence = performance.now() - lastChunkAt
    expect(err).toMatchObject({ name: 'TypeError', message: 'terminated', cause: { code: 'UND_ERR_BODY_TIMEOUT' } })
    expect(errorPhase(err)).toBe('body')
    expect(seen).toEqual([1, 2, 3])
    expect(silence).toBeGreaterThanOrEqual(300 - 5) // measured from the LAST chunk, not the start
    expect(silence).toBeLessThan(latest(300))
    expect(lastChunkAt - t0).toBeGreaterThanOrEqual(2 * 150 - 20)
  })
})
