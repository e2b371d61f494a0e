import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { ErrorRateWindow, registerHealthRoute, registerReadyRoute } from '../../../snippets/safe-api-calls/production-architecture/readiness.ts'

function pod() {
  let now = 0
  const permits = new Semaphore(2)
  const metrics = new ErrorRateWindow(10_000, () => now)
  const app = registerHealthRoute(registerReadyRoute(new Hono(), { permits, metrics }))
  const ready = async () => { const r = await app.request('/ready'); return [r.status, ((await r.json()) as { status: string }).status] }
  const health = async () => (await app.request('/health')).status
  return { permits, metrics, ready, health, tick: (ms: number) => { now += ms } }
}

async function saturate(permits: Semaphore, waiters: number) {
  const abort = new AbortController()
  const held = [await permits.acquire(), await permits.acquire()]
  const waiting = Array.from({ length: waiters }, () => permits.acquire(abort.signal).catch(() => undefined))
  return async () => { abort.abort(); await Promise.all(waiting); held.forEach(p => p.release()) }
}

describe('readiness: saturation and error rate; liveness independent', () => {
  it('semaphore fully held with 81 waiters: 503 overloaded; /health still 200', async () => {
    const p = pod()
    const release = await saturate(p.permits, 81)
    expect(await p.ready()).toEqual([503, 'overloaded'])
    expect(await p.health()).toBe(200)
    await release()
    expect(await p.ready()).toEqual([200, 'ready'])
  })

  it('80 waiters is still ready (the rule is MORE than 80)', async () => {
    const p = pod()
    const release = await saturate(p.permits, 80)
    expect(await p.ready()).toEqual([200, 'ready'])
    await release()
  })

  it('error rate 0.6 over the window: 503 high errors; it recovers once the window moves on', async () => {
    const p = pod()
    for (const failed of [true, true, true, false, false, true, true, false, false, true]) p.metrics.record(failed)
    expect(p.metrics.errorRate()).toBeCloseTo(0.6)
    expect(await p.ready()).toEqual([503, 'high errors'])
    expect(await p.health()).toBe(200)
    p.tick(10_001)
    expect(await p.ready()).toEqual([200, 'ready'])
  })

  it('healthy: both 200; exactly 0.5 is still ready', async () => {
    const p = pod()
    p.metrics.record(true)
    p.metrics.record(false)
    expect(await p.ready()).toEqual([200, 'ready'])
    expect(await p.health()).toBe(200)
  })
})
