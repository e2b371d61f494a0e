import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { chatRequest } from '../../../../snippets/http-clients/mental-model/agent.ts'
import { createVendorClients, QueueTimeoutError, type VendorClients, type VendorConfig } from './vendor-clients.ts'

const CHAT = '/v1/chat/completions'
const servers: FakeLlmServer[] = []
let vendors: VendorClients | undefined

async function serve(latencyMs: number): Promise<FakeLlmServer> {
  const server = await serveFakeLlm({ plan: { latencyMs } })
  servers.push(server)
  return server
}

function vendor(server: FakeLlmServer, o: Partial<VendorConfig> = {}): VendorConfig {
  return { baseUrl: server.url, connections: 5, maxInFlight: 5, poolTimeoutMs: 5_000, ...o }
}

function clientOf(all: VendorClients, name: string) {
  const client = all.clients[name]
  if (!client) throw new Error(`no client for ${name}`)
  return client
}

/** Polls until the servers observe what the client did (a close arrives a moment later). */
async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
  return check()
}

afterEach(async () => {
  await vendors?.closeAll()
  vendors = undefined
  await Promise.all(servers.splice(0).map(s => s.close()))
})

describe('createVendorClients', () => {
  it('in-flight calls never exceed maxInFlight (nor connections)', async () => {
    const s = await serve(100)
    vendors = createVendorClients({ llm: vendor(s, { connections: 5, maxInFlight: 3 }) })
    const llm = clientOf(vendors, 'llm')
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => llm(CHAT, chatRequest(`q${i}`))))
    expect(answers.every(a => a.includes('chat.completion'))).toBe(true)
    expect(s.stats.maxInFlight).toBe(3)
  })

  it('a slow vendor saturated at its limit does not slow the other vendor down', async () => {
    const fast = await serve(50)
    const slow = await serve(1_500)
    vendors = createVendorClients({ fast: vendor(fast), slow: vendor(slow, { connections: 2, maxInFlight: 2 }) })
    const callFast = clientOf(vendors, 'fast')
    const callSlow = clientOf(vendors, 'slow')
    await callFast(CHAT, chatRequest('warm-up'))
    const backlog = Array.from({ length: 4 }, (_, i) => callSlow(CHAT, chatRequest(`slow ${i}`)))
    expect(await until(() => slow.stats.inFlight === 2, 3_000)).toBe(true)
    const t0 = performance.now()
    await callFast(CHAT, chatRequest('while slow is saturated'))
    expect(performance.now() - t0).toBeLessThan(1_000) // generous, yet below one slow answer (1.5 s)
    expect(slow.stats.log.filter(r => r.outcome === 'completed')).toEqual([]) // inside the slow vendor's first wave
    await Promise.all(backlog)
    expect(slow.stats.maxInFlight).toBe(2)
  }, 15_000)

  it('waiting longer than poolTimeoutMs rejects with QueueTimeoutError and never reaches the vendor', async () => {
    const s = await serve(1_000)
    vendors = createVendorClients({ llm: vendor(s, { connections: 1, maxInFlight: 1, poolTimeoutMs: 100 }) })
    const llm = clientOf(vendors, 'llm')
    const first = llm(CHAT, chatRequest('holds the only slot'))
    await expect(llm(CHAT, chatRequest('waits'))).rejects.toBeInstanceOf(QueueTimeoutError)
    await first
    expect(s.stats.requests).toBe(1)
  }, 10_000)

  it('error responses still free their socket: bodies are always consumed', async () => {
    const s = await serveFakeLlm({ plan: { statuses: [500, 500] } }) // then 200
    servers.push(s)
    vendors = createVendorClients({ llm: vendor(s, { connections: 1, maxInFlight: 1, poolTimeoutMs: 2_000 }) })
    const llm = clientOf(vendors, 'llm')
    const init = chatRequest('q')
    await expect(llm(CHAT, init)).rejects.toThrow(/500/)
    await expect(llm(CHAT, init)).rejects.toThrow(/500/)
    await expect(llm(CHAT, init)).resolves.toContain('chat.completion')
    expect(s.stats.socketsOpened).toBe(1) // one socket, reused after each error
  }, 10_000)

  it('closeAll() closes every socket of every vendor', async () => {
    const a = await serve(10)
    const b = await serve(10)
    const all = vendors = createVendorClients({ a: vendor(a), b: vendor(b) })
    await Promise.all([1, 2, 3].flatMap(i => [clientOf(all, 'a')(CHAT, chatRequest(`a${i}`)), clientOf(all, 'b')(CHAT, chatRequest(`b${i}`))]))
    expect(a.stats.openSockets + b.stats.openSockets).toBeGreaterThan(0)
    await all.closeAll()
    vendors = undefined
    expect(await until(() => a.stats.openSockets + b.stats.openSockets === 0, 500)).toBe(true)
  })
})
