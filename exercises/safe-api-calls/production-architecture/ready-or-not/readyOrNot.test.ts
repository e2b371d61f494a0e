import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { registerProbes } from './readyOrNot.ts'

function pod(available: number, waiting: number, errorRate: number) {
  const app = registerProbes(new Hono(), { permits: { available, waiting }, metrics: { errorRate: () => errorRate } })
  const probe = async (path: string) => { const r = await app.request(path); return [r.status, ((await r.json()) as { status: string }).status] }
  return { ready: () => probe('/ready'), health: () => probe('/health') }
}

describe('ready or not', () => {
  it('saturated (0 available, more than 80 waiting): 503 overloaded', async () => {
    expect(await pod(0, 81, 0).ready()).toEqual([503, 'overloaded'])
    expect(await pod(0, 80, 0).ready()).toEqual([200, 'ready'])
    expect(await pod(1, 500, 0).ready()).toEqual([200, 'ready'])
  })

  it('error rate above 0.5: 503 high errors', async () => {
    expect(await pod(10, 0, 0.6).ready()).toEqual([503, 'high errors'])
    expect(await pod(10, 0, 0.5).ready()).toEqual([200, 'ready'])
  })

  it('healthy: 200 ready', async () => {
    expect(await pod(50, 0, 0).ready()).toEqual([200, 'ready'])
  })

  it('liveness stays 200 in every state', async () => {
    for (const p of [pod(0, 81, 0), pod(10, 0, 0.9), pod(50, 0, 0)])
      expect(await p.health()).toEqual([200, 'alive'])
  })
})
