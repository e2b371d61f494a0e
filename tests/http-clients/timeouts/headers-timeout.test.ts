import { describe, expect, it } from 'vitest'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { firstByte } from '../../../snippets/http-clients/timeouts/headers-timeout.ts'
import { failure } from '../../support/timing.ts'
import { latest, vendorAndAgent } from './timing.ts'

describe('headersTimeout 300 ms', () => {
  const setup = vendorAndAgent({ headersTimeout: 300, bodyTimeout: 1000 })

  it('a 3 s first byte -> UND_ERR_HEADERS_TIMEOUT (phase headers), long before the vendor answers', async () => {
    const v = await setup()
    const { err, ms } = await failure(() => firstByte(v.agent, v.url, 3000))
    expect(err).toMatchObject({ message: 'fetch failed', cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } })
    expect(errorPhase(err)).toBe('headers')
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(latest(300))
    expect(v.server.stats.requests).toBe(1) // the request WAS sent: the server was thinking
  })

  it('a 50 ms first byte is below the limit -> 200', async () => {
    const v = await setup()
    await expect(firstByte(v.agent, v.url, 50)).resolves.toBe(200)
  })
})
