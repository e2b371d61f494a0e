import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createApp, createAppPerRequest, createDeps, type Deps, shutdown } from '../../../snippets/safe-api-calls/core-concepts/primitives.ts'
import type { Hono } from 'hono'
import { until } from '../../support/timing.ts'

const ask = (app: Hono, i: number) => app.request('/chat', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: `q${i}` }),
})

describe('primitives created once vs per request (100 concurrent requests)', () => {
  let server: FakeLlmServer | undefined
  let deps: Deps | undefined
  afterEach(async () => {
    if (deps) await shutdown(deps)
    await server?.close()
    expect(server?.stats.openSockets ?? 0).toBe(0)
    server = deps = undefined
  })
  const cfg = (vendorUrl: string) => ({ vendorUrl, connections: 5, permits: 5, ratePerSec: 1000, burst: 100 })

  it('shared deps: the vendor sees at most 5 in flight over 5 sockets', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 50 } })
    deps = createDeps(cfg(server.url))
    const app = createApp(deps)
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => ask(app, i)))
    expect(responses.every(r => r.status === 200)).toBe(true)
    expect(server.stats.maxInFlight).toBe(5)
    expect(server.stats.socketsOpened).toBe(5)
  })

  it('per-request deps: 100 in flight and 100 sockets opened', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 1000 } }) // long enough for all 100 to overlap
    const app = createAppPerRequest(cfg(server.url))
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => ask(app, i)))
    expect(responses.every(r => r.status === 200)).toBe(true)
    expect(server.stats.maxInFlight).toBeGreaterThanOrEqual(95) // each request had its own Semaphore(5)
    expect(server.stats.socketsOpened).toBe(100)
  })

  it('shutdown closes the pool; later calls get a clear 503', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 10 } })
    deps = createDeps(cfg(server.url))
    const app = createApp(deps)
    expect((await ask(app, 1)).status).toBe(200)
    await shutdown(deps)
    await until(() => server!.stats.openSockets === 0)
    expect(server.stats.openSockets).toBe(0)
    const late = await ask(app, 2)
    expect(late.status).toBe(503)
    expect(late.headers.get('retry-after')).toBe('1')
    expect(await late.json()).toEqual({ error: 'vendor client closed: shutting down' })
    deps = undefined // already shut down
  })

  it('await using closes the deps at the end of the scope', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 10 } })
    {
      await using scoped = createDeps(cfg(server.url))
      expect((await ask(createApp(scoped), 1)).status).toBe(200)
      expect(server.stats.openSockets).toBe(1)
    }
    await until(() => server!.stats.openSockets === 0)
    expect(server.stats.openSockets).toBe(0)
  })
})
