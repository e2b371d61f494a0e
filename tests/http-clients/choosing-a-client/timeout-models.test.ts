import { describe, expect, it } from 'vitest'
import { normalise } from '../../../snippets/http-clients/choosing-a-client/error-models.ts'
import { callWith, LLM_BUDGET } from '../../../snippets/http-clients/choosing-a-client/timeout-models.ts'
import type { ClientName } from '../../../snippets/http-clients/choosing-a-client/timeout-models.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { failure } from '../../support/timing.ts'
import { latest } from '../timeouts/timing.ts'
import { CLIENTS, loopbackServers, SCALED } from './fixtures.ts'

type Stall = 'connect' | 'headers' | 'body'
// What each library can tell you about the phase that ran out (the normalised kind).
const EXPECTED: Record<ClientName, Record<Stall, string>> = {
  undici: { connect: 'connect', headers: 'headers', body: 'body' },
  fetch: { connect: 'connect', headers: 'headers', body: 'body' },
  got: { connect: 'connect', headers: 'headers', body: 'body' }, // secureConnect/response/socket
  axios: { connect: 'unknown', headers: 'unknown', body: 'body' }, // one timer, no phase
  ky: { connect: 'deadline', headers: 'deadline', body: 'deadline' }, // one per-attempt total
}
const STALLS: Record<Stall, FaultPlan> = { connect: {}, headers: { latencyMs: 5000 }, body: { bodyStallAfterBytes: 10 } }
const BOUND: Record<Stall, number> = { connect: SCALED.connectMs, headers: SCALED.firstByteMs, body: SCALED.firstByteMs }

describe('timeout models: one intent, five libraries', () => {
  const servers = loopbackServers()

  it('the production budget is the spec\'s: connect 5 s, first byte 30 s, idle 30 s', () => {
    expect(LLM_BUDGET).toEqual({ connectMs: 5000, firstByteMs: 30_000, idleMs: 30_000 })
  })

  it.each(['connect', 'headers', 'body'] as const)('a %s stall times out in every library, in the phase it can name', async (stall) => {
    const { vendor, hole } = await servers()
    const url = `${stall === 'connect' ? hole.url : vendor.url}/v1/chat/completions`
    const results = await Promise.all(CLIENTS.map(async (client) => {
      const { err, ms } = await failure(() => callWith(client, SCALED, url, { faults: STALLS[stall] }))
      const e = normalise(err)
      return { client, category: e.category, kind: e.kind, ms }
    }))
    for (const r of results) {
      expect(r, r.client).toMatchObject({ category: 'timeout', kind: EXPECTED[r.client][stall] })
      expect(r.ms, r.client).toBeGreaterThanOrEqual(BOUND[stall] - 5) // a timer never fires early
      expect(r.ms, r.client).toBeLessThan(latest(SCALED.idleMs))
    }
    if (stall === 'connect') expect(hole.stats.accepted).toBe(CLIENTS.length) // each really connected
  })
})
