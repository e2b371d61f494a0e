import { afterEach, describe, expect, it } from 'vitest'
import { whoThrows } from '../../../snippets/http-clients/choosing-a-client/api-style.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

describe('who throws on 4xx/5xx', () => {
  let vendor: FakeLlmServer | undefined
  afterEach(async () => {
    await vendor?.close()
    vendor = undefined
  })

  it('axios, got and ky reject on 404; fetch and undici.request resolve with it', async () => {
    vendor = await serveFakeLlm({ plan: { status: 404 } })
    expect(await whoThrows(`${vendor.url}/v1/models`)).toEqual([
      ['fetch', 'resolved 404'],
      ['undici.request', 'resolved 404'],
      ['undici + responseError', 'threw ResponseError'],
      ['got', 'threw HTTPError'],
      ['axios', 'threw AxiosError'],
      ['ky', 'threw HTTPError'],
    ])
    expect(vendor.stats.requests).toBe(6) // one each: retries were off for got and ky
  })

  it('on a 500 the same split holds (the status, not the class of error, decides)', async () => {
    vendor = await serveFakeLlm({ plan: { status: 500 } })
    const outcomes = (await whoThrows(`${vendor.url}/v1/models`)).map(([, o]) => o.split(' ')[0])
    expect(outcomes).toEqual(['resolved', 'resolved', 'threw', 'threw', 'threw', 'threw'])
  })
})
