import { fetch } from 'undici'
import type { Pool } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createVendorPool, poolGauges, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { until } from '../../support/timing.ts'

const chat = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }) }

describe('createVendorPool', () => {
  let server: FakeLlmServer | undefined
  let pool: Pool | undefined
  afterEach(async () => {
    await pool?.destroy()
    await server?.close()
    expect(server?.stats.openSockets ?? 0).toBe(0)
    server = pool = undefined
  })

  it('50 concurrent calls through 10 connections: never more than 10 sockets or requests at the vendor', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 200 } })
    const p = pool = createVendorPool({ ...productionTransport(server.url), connections: 10 })
    let maxRunning = 0
    let maxWaiting = 0
    const sampler = setInterval(() => {
      const g = poolGauges(p)
      maxRunning = Math.max(maxRunning, g.running)
      maxWaiting = Math.max(maxWaiting, g.pending)
    }, 5)
    const statuses = await Promise.all(Array.from({ length: 50 }, async () => {
      const res = await fetch(`${server!.url}/v1/chat/completions`, { ...chat, dispatcher: p })
      await res.json()
      return res.status
    }))
    clearInterval(sampler)
    expect(statuses.every(s => s === 200)).toBe(true)
    expect(server.stats.maxOpenSockets).toBe(10)
    expect(server.stats.maxInFlight).toBe(10)
    expect(maxRunning).toBe(10)
    expect(maxWaiting).toBeGreaterThanOrEqual(30) // the rest waited inside undici's queue

    const closing = p.close()
    const duringClose = fetch(`${server.url}/v1/chat/completions`, { ...chat, dispatcher: p })
    await expect(duringClose).rejects.toMatchObject({ cause: { code: 'UND_ERR_CLOSED' } })
    await closing
    await until(() => server!.stats.openSockets === 0)
    expect(server.stats.openSockets).toBe(0)
    // Once close() has finished, undici 8 reports the pool as destroyed.
    const afterClose = fetch(`${server.url}/v1/chat/completions`, { ...chat, dispatcher: p })
    await expect(afterClose).rejects.toMatchObject({ cause: { code: 'UND_ERR_DESTROYED' } })
  })

  it('rejects a config without connections with a clear message', () => {
    const noCap = JSON.parse('{"origin":"http://127.0.0.1:1","allowH2":false,"connectTimeoutMs":1,"headersTimeoutMs":1,"bodyTimeoutMs":1,"keepAliveTimeoutMs":1}')
    expect(() => createVendorPool(noCap)).toThrow(/connections is required: it is the only hard cap/)
  })

  it('insists on an explicit allowH2', () => {
    const { allowH2: _implicit, ...rest } = productionTransport('http://127.0.0.1:1')
    expect(() => createVendorPool(JSON.parse(JSON.stringify(rest)))).toThrow(/allowH2 must be explicit/)
  })
})
