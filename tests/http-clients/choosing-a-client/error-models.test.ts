import { describe, expect, it } from 'vitest'
import { normalise } from '../../../snippets/http-clients/choosing-a-client/error-models.ts'
import { callWith } from '../../../snippets/http-clients/choosing-a-client/timeout-models.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { failure, until } from '../../support/timing.ts'
import { CLIENTS, loopbackServers, refusedUrl, SCALED } from './fixtures.ts'

const PATH = '/v1/chat/completions'

describe('error models: every library normalises to the same category', () => {
  const servers = loopbackServers()

  async function categories(url: string, faults: FaultPlan, abortAfterMs?: number): Promise<Record<string, string>> {
    return Object.fromEntries(await Promise.all(CLIENTS.map(async (client) => {
      const ac = new AbortController()
      const timer = abortAfterMs === undefined ? undefined : setTimeout(() => ac.abort(), abortAfterMs)
      try {
        const { err } = await failure(() => callWith(client, SCALED, url, { faults }, timer && ac.signal))
        const e = normalise(err)
        return [client, `${e.category}/${e.kind}`] as const
      }
      finally { clearTimeout(timer) }
    })))
  }
  const all = (value: string) => Object.fromEntries(CLIENTS.map(c => [c, value]))

  it('status 404: status/http-404 everywhere (fetch and undici checked the kit\'s way)', async () => {
    const { vendor } = await servers()
    expect(await categories(vendor.url + PATH, { status: 404 })).toEqual(all('status/http-404'))
  })

  it('refused connection: network/refused everywhere', async () => {
    expect(await categories(await refusedUrl() + PATH, {})).toEqual(all('network/refused'))
  })

  it('caller abort: aborted/aborted everywhere (axios says ERR_CANCELED, got ERR_ABORTED)', async () => {
    const { vendor } = await servers()
    expect(await categories(vendor.url + PATH, { latencyMs: 5000 }, 100)).toEqual(all('aborted/aborted'))
    await until(() => vendor.stats.clientCloses.length === CLIENTS.length) // the server notices a moment later
    expect(vendor.stats.clientCloses).toHaveLength(CLIENTS.length) // each really hung up
  })

  it.each([
    ['connect timeout', 'hole', {}],
    ['first-byte timeout', 'vendor', { latencyMs: 5000 }],
    ['idle timeout', 'vendor', { bodyStallAfterBytes: 10 }],
  ] as const)('%s: category timeout everywhere', async (_, target, faults) => {
    const { vendor, hole } = await servers()
    const got = await categories((target === 'hole' ? hole.url : vendor.url) + PATH, faults)
    expect(Object.values(got).map(v => v.split('/')[0])).toEqual(CLIENTS.map(() => 'timeout'))
  })
})
