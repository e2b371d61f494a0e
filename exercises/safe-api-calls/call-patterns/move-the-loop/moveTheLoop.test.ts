import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { QueueTimeoutError } from '../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import { callWithRetries, type LoopDeps } from './moveTheLoop.ts'

/** 2 permits, a vendor answering 503 then 200 to every request id, 200 ms backoff, 300 ms queue. */
function setup() {
  const fake = createFakeLlm({ plan: { statuses: [503, 200], latencyMs: 10 } })
  const probes: { available: number, inFlight: number }[] = []
  const deps: LoopDeps = {
    transport: inProcessTransport(fake.app), url: 'http://vendor.test/v1/chat/completions',
    permits: new Semaphore(2), queueMs: 300, backoffMs: 200, maxAttempts: 3,
    // Halfway through each backoff, look at the two permits: free, or carrying a vendor call?
    onBackoff: () => { setTimeout(() => probes.push({ available: deps.permits.available, inFlight: fake.stats.inFlight }), 100) },
  }
  return { fake, deps, probes }
}

async function burst(deps: LoopDeps, n: number) {
  const running = Promise.allSettled(Array.from({ length: n }, (_, i) =>
    callWithRetries(`q${i}`, `req-${i}`, deps, new AbortController().signal)))
  await vi.runAllTimersAsync()
  return running
}

describe('move the loop out of the permit', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('10 concurrent requests all succeed, with no QueueTimeoutError', async () => {
    const { deps, fake } = setup()
    const results = await burst(deps, 10)
    const queueTimeouts = results.filter(r => r.status === 'rejected' && r.reason instanceof QueueTimeoutError)
    expect(queueTimeouts).toHaveLength(0)
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(10)
    expect(fake.stats.requests).toBe(20) // one 503 and one 200 per request
  })

  it('nobody sleeps with a permit: during every backoff each permit is free or carrying a call', async () => {
    const { deps, probes } = setup()
    await burst(deps, 10)
    expect(probes).toHaveLength(10) // every request backed off once
    for (const { available, inFlight } of probes)
      expect(available + inFlight).toBe(2) // no permit held by a sleeper
  })

  it('a single request still retries and gives its permit back', async () => {
    const { deps } = setup()
    const [result] = await burst(deps, 1)
    expect(result).toMatchObject({ status: 'fulfilled' })
    expect(deps.permits.available).toBe(2)
  })
})
