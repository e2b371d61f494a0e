import { Hono } from 'hono'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { createFakeLlm, type FaultPlan } from '../../shared/fake-llm/app.ts'
import { inProcessTransport, scaledDeps } from './callLlm.ts'
import { registerLlmRoute } from './llmRoute.ts'

const fake = createFakeLlm() // queue 200 ms, call 300 ms, SLA 500 ms: the scaled profile
const permits = new Semaphore(2)
const app = registerLlmRoute(new Hono(), { call: scaledDeps(inProcessTransport(fake.app), 'http://vendor.test', { permits }), slaMs: 500 })
const rows: [string, FaultPlan][] = [['healthy', {}], ['vendor slow, recovers', { steps: [{ latencyMs: 1_000 }, {}] }],
  ['vendor down', { status: 503 }], ['SLA exceeded', { latencyMs: 5_000 }], ['queue overload', {}]]
for (const [row, plan] of rows) {
  fake.setPlan(plan)
  const held = row === 'queue overload' ? [await permits.acquire(), await permits.acquire()] : [] // someone holds both
  const res = await app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }) })
  held.forEach(permit => permit.release())
  const body: { error?: string, code?: string, attempts?: number } = await res.json()
  console.log(`${row} -> ${res.status} ${body.code ?? body.error ?? `after ${body.attempts} attempt(s)`}`)
}
