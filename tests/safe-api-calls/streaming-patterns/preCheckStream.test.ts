// The guide's pre-check alternative over real sockets: models endpoint retried, then exactly one
// streaming request, whose failure is not retried.
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localQueuePhase } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { TransportError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { validateThenStream } from '../../../snippets/safe-api-calls/streaming-patterns/preCheckStream.ts'
import { type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

let vendor: FakeLlmServer
let pool: Pool
beforeEach(async () => {
  vendor = await serveFakeLlm()
  pool = createVendorPool({
    origin: vendor.url, connections: 2, allowH2: false,
    connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000,
  })
})
afterEach(async () => {
  await pool.close()
  await vendor.close()
})

function deps(plan: FaultPlan) {
  vendor.fake.scenario('p', { ...plan, sequenceBy: 'scenario' }) // one script across both phases
  return {
    transport: undiciTransport(pool),
    url: `${vendor.url}/v1/chat/completions`, modelsUrl: `${vendor.url}/v1/models`,
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), new Semaphore(2), 200),
    clocks: { ttftMs: 1_000, idleMs: 1_000 }, backoff: { baseMs: 10, capMs: 50 },
    headers: { [SCENARIO_HEADER]: 'p' }, rand: () => 0.5,
  }
}
const paths = () => vendor.stats.forScenario('p').log.map(r => `${r.path} ${r.status ?? 'reset'}`)
const messages = [{ role: 'user' as const, content: 'hi' }]

describe('validateThenStream', () => {
  it('models 503, 503, 200 -> validated after 3 calls, then exactly one streaming request', async () => {
    let text = ''
    for await (const c of validateThenStream({ messages }, deps({ steps: [{ status: 503 }, { status: 503 }], chunks: 3 }), new AbortController().signal))
      text += c.text
    expect(text.split(' ')).toHaveLength(3)
    expect(paths()).toEqual(['/v1/models 503', '/v1/models 503', '/v1/models 200', '/v1/chat/completions 200'])
  })

  it('a stream failure after validation is not retried: one streaming request, error surfaced', async () => {
    const run = async () => {
      for await (const _ of validateThenStream({ messages }, deps({ steps: [{}, { reset: 'before-headers' }] }), new AbortController().signal));
    }
    await expect(run()).rejects.toBeInstanceOf(TransportError)
    expect(paths()).toEqual(['/v1/models 200', '/v1/chat/completions reset'])
  })
})
