import { setImmediate as nextTurn, setTimeout as wait } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { chatRequest, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { hintAwareAgent, type IdleTimeoutServer, serveWithIdleTimeout } from '../../../snippets/http-clients/connection-pooling/keepalive-hints.ts'
import { until } from '../../support/timing.ts'

describe('honouring the server\'s Keep-Alive hint', () => {
  let server: IdleTimeoutServer | undefined
  const agents: Agent[] = []
  afterEach(async () => {
    await Promise.all(agents.splice(0).map(a => a.destroy()))
    await server?.close()
    server = undefined
  })

  it('with a 2 s server hint, the client closes the idle socket first (after about 1 s)', async () => {
    const s = server = await serveWithIdleTimeout(2_000)
    const agent = hintAwareAgent(1_000)
    agents.push(agent)
    await fetchText(agent, `${s.url}/v1/chat/completions`, chatRequest('hi'))
    const idleFrom = performance.now()
    await until(() => s.closedBy.length === 1, 5_000)
    expect(s.closedBy).toEqual(['client']) // the server saw the client's FIN, not its own timeout
    expect(performance.now() - idleFrom).toBeGreaterThan(1_000 - 50)
  }, 10_000)

  it('20 requests spaced around the client\'s and the server\'s idle boundaries: no socket error', async () => {
    const s = server = await serveWithIdleTimeout(1_000) // hint timeout=1; the client closes at 0.5 s
    // 10 independent clients, each: request, a gap around a boundary, request again.
    const gaps = [400, 450, 500, 550, 600, 900, 950, 1_000, 1_050, 1_100]
    const outcomes = await Promise.allSettled(gaps.map(async (gap) => {
      const agent = hintAwareAgent(500)
      agents.push(agent)
      const url = `${s.url}/v1/chat/completions`
      await fetchText(agent, url, chatRequest('first'))
      await nextTurn()
      await wait(gap)
      await fetchText(agent, url, chatRequest('second'))
    }))
    expect(outcomes.filter(o => o.status === 'rejected')).toEqual([])
    await until(() => s.openSockets() === 0, 5_000)
    expect(s.closedBy.filter(c => c === 'server')).toEqual([]) // the server never had to close one
  }, 15_000)
})
