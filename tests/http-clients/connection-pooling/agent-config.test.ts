import { setImmediate as nextTurn, setTimeout as wait } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { type AgentPreset, createPresetAgent, high, medium, small } from '../../../snippets/http-clients/connection-pooling/agent-config.ts'

// undici 8's defaults: what "left at its default" would mean.
const UNDICI_DEFAULTS = { connectTimeoutMs: 10_000, headersTimeoutMs: 300_000, bodyTimeoutMs: 300_000, keepAliveMaxTimeoutMs: 600_000 }

describe('agent presets', () => {
  let server: FakeLlmServer | undefined
  const agents: Agent[] = []
  afterEach(async () => {
    await Promise.all(agents.splice(0).map(a => a.destroy()))
    await server?.close()
    server = undefined
  })

  it.each<[string, AgentPreset, number]>([['small', small, 20], ['medium', medium, 50], ['high', high, 100]])(
    '%s: connections %i, keep-alive timeout set, every timer explicit and not the default',
    (_, preset, connections) => {
      expect(preset.connections).toBe(connections)
      expect(preset.allowH2).toBe(false)
      expect(preset.keepAliveTimeoutMs).toBeGreaterThan(0)
      expect(preset.keepAliveTimeoutMs).toBeLessThan(5_000) // below a typical 5 s server idle timeout
      for (const [key, undiciDefault] of Object.entries(UNDICI_DEFAULTS)) {
        const value: unknown = Reflect.get(preset, key)
        expect(typeof value, key).toBe('number')
        expect(value, key).not.toBe(undiciDefault)
      }
    })

  it('constructing the three agents opens no socket; the first request opens exactly one', async () => {
    const s = server = await serveFakeLlm()
    agents.push(...[small, medium, high].map(createPresetAgent))
    await wait(50)
    expect(s.stats.socketsOpened).toBe(0)
    expect(agents.every(a => Object.keys(a.stats).length === 0)).toBe(true)
    const [first] = agents
    if (!first) throw new Error('no agent')
    await fetchText(first, `${s.url}/v1/chat/completions`, chatRequest('a'))
    await nextTurn() // undici frees the socket one turn after the body ends
    await fetchText(first, `${s.url}/v1/chat/completions`, chatRequest('b'))
    expect(s.stats.requests).toBe(2)
    expect(s.stats.socketsOpened).toBe(1) // the second call reused the socket
  })
})
