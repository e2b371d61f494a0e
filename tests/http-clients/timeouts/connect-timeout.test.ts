import { Agent, fetch } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { connectAgent, slowDnsAgent, slowLookup } from '../../../snippets/http-clients/timeouts/connect-timeout.ts'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { type Blackhole, startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { failure } from '../../support/timing.ts'
import { latest } from './timing.ts'

describe('connect timeouts on loopback (connectTimeout 300 ms)', () => {
  let server: FakeLlmServer | undefined
  let blackhole: Blackhole | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    await blackhole?.close()
    server = blackhole = agent = undefined
  })

  it('slow DNS: the lookup alone uses up the budget -> UND_ERR_CONNECT_TIMEOUT, no HTTP byte sent', async () => {
    server = await serveFakeLlm()
    const a = agent = slowDnsAgent(300, 5_000)
    const { err, ms } = await failure(() => fetch(`http://vendor.test:${server!.port}/health`, { dispatcher: a }))
    expect(err).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } })
    expect(errorPhase(err)).toBe('connect')
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(latest(300))
    expect(server.stats.socketsOpened).toBe(0) // the address never came back in time
    expect(server.stats.requests).toBe(0)
  })

  it('the same lookup answering in time connects normally', async () => {
    server = await serveFakeLlm()
    const a = agent = slowDnsAgent(1000, 20)
    const res = await fetch(`http://vendor.test:${server.port}/health`, { dispatcher: a })
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('stalled TLS: TCP accepted, handshake never completes -> UND_ERR_CONNECT_TIMEOUT', async () => {
    blackhole = await startBlackhole()
    const a = agent = connectAgent(300)
    const { err, ms } = await failure(() => fetch(`${blackhole!.url}/v1/models`, { dispatcher: a }))
    expect(err).toMatchObject({ cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } })
    expect(errorPhase(err)).toBe('connect')
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(latest(300))
    expect(blackhole.stats.accepted).toBe(1) // the TCP part worked; only TLS hung
  })

  it('slowLookup answers in both lookup styles', async () => {
    const lookup = slowLookup(1)
    const all = await new Promise(resolve => lookup('x', { all: true }, (_e, address) => resolve(address)))
    expect(all).toEqual([{ address: '127.0.0.1', family: 4 }])
    const one = await new Promise(resolve => lookup('x', {}, (_e, address, family) => resolve([address, family])))
    expect(one).toEqual(['127.0.0.1', 4])
  })
})
