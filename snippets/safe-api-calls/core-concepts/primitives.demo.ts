import type { Hono } from 'hono'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createApp, createAppPerRequest, createDeps, shutdown } from './primitives.ts'

const ask = (app: Hono, i: number) => app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: `q${i}` }) })
const about = (n: number) => (n >= 50 ? '~100' : String(n)) // each request had its own Semaphore(5)
for (const label of ['shared deps     ', 'per-request deps']) {
  const vendor = await serveFakeLlm({ plan: { latencyMs: label.startsWith('shared') ? 50 : 500 } })
  const cfg = { vendorUrl: vendor.url, connections: 5, permits: 5, ratePerSec: 1000, burst: 100 }
  const deps = label.startsWith('shared') ? createDeps(cfg) : undefined
  const app = deps ? createApp(deps) : createAppPerRequest(cfg)
  await Promise.all(Array.from({ length: 100 }, (_, i) => ask(app, i)))
  console.log(`${label}: vendor max in flight ${about(vendor.stats.maxInFlight)}, sockets opened ${vendor.stats.socketsOpened}`)
  if (deps) await shutdown(deps)
  await vendor.close()
}
