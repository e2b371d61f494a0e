import { Hono } from 'hono'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { createFakeLlm, type FaultPlan } from '../../shared/fake-llm/app.ts'
import { inProcessTransport, scaledDeps } from './callLlm.ts'
import { registerLlmRoute } from './llmRoute.ts'

const fake = createFakeLlm() // queue 0.6 s, call 0.9 s, SLA 1.5 s: roomy clocks for a busy slide page
const permits = new Semaphore(2)
const call = scaledDeps(inProcessTransport(fake.app), 'http://vendor.test', { permits, queueMs: 600, callMs: 900 })
const app = registerLlmRoute(new Hono(), { call, slaMs: 1_500 })
const rows: [string, FaultPlan][] = [['healthy', {}], ['vendor slow, recovers', { steps: [{ latencyMs: 3_000 }, {}] }],
  ['vendor down', { status: 503 }], ['SLA exceeded', { latencyMs: 10_000 }], ['queue overload', {}]]
for (const [row, plan] of rows) {
  fake.setPlan(plan)
  const held = row === 'queue overload' ? [await permits.acquire(), await permits.acquire()] : [] // someone holds both
  const res = await app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }) })
  held.forEach(permit => permit.release())
  const body: { error?: string, code?: string, attempts?: number } = await res.json()
  console.log(`${row} -> ${res.status} ${body.code ?? body.error ?? `after ${body.attempts} attempt(s)`}`)
}
