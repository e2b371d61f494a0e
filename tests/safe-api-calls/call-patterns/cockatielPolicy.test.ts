import { BrokenCircuitError, CircuitState, TaskCancelledError } from 'cockatiel'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { callPhase, inProcessTransport, scaledDeps } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { breakerPolicy, perAttemptTimeout, retryPolicy, totalTimeout, withPRetry } from '../../../snippets/safe-api-calls/call-patterns/cockatielPolicy.ts'
import { UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { createFakeLlm, type FakeLlm, type FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'

const fast = { backoff: { baseMs: 10, capMs: 50 }, rand: () => 0.5 }
let fake: FakeLlm

/** One vendor call through the kit's call phase, against the in-process fake LLM. */
function vendor(plan: FaultPlan) {
  fake = createFakeLlm({ plan })
  const deps = scaledDeps(inProcessTransport(fake.app), 'http://vendor.test', { callMs: 5_000 })
  let n = 0
  return (signal: AbortSignal) => callPhase({ messages: [{ role: 'user', content: 'hi' }] }, deps, signal, 'rid', n++)
}
/** Settles a promise while running the fake clock; returns its outcome. */
async function settle<T>(p: Promise<T>): Promise<{ value?: T, error?: unknown }> {
  const outcome = p.then(value => ({ value }), (error: unknown) => ({ error }))
  await vi.runAllTimersAsync()
  return outcome
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  fake?.stopAll()
  expect(vi.getTimerCount()).toBe(0)
  vi.useRealTimers()
})

describe('cockatiel retry: maxAttempts counts retries', () => {
  it('persistent 503: maxAttempts 2 -> exactly 3 calls; maxAttempts 3 -> 4 (the off-by-one)', async () => {
    const call = vendor({ status: 503 })
    const { error } = await settle(retryPolicy({ retries: 2, ...fast }).execute(({ signal }) => call(signal)))
    expect(error).toBeInstanceOf(UpstreamHttpError)
    expect(fake.stats.requests).toBe(3)

    const again = vendor({ status: 503 })
    await settle(retryPolicy({ retries: 3, ...fast }).execute(({ signal }) => again(signal)))
    expect(fake.stats.requests).toBe(4)
  })

  it('4xx -> 1 call', async () => {
    const call = vendor({ status: 422 })
    const { error } = await settle(retryPolicy(fast).execute(({ signal }) => call(signal)))
    expect((error as UpstreamHttpError).status).toBe(422)
    expect(fake.stats.requests).toBe(1)
  })

  it('a DelegateBackoff reading retryAfterMs delays the next call by at least the advice', async () => {
    const call = vendor({ statuses: [429, 200], retryAfterMs: 150 })
    const { value } = await settle(retryPolicy(fast).execute(({ signal }) => call(signal)))
    expect(value?.status).toBe(200)
    const [first, second] = fake.stats.log
    expect(second!.at - first!.headersAt!).toBeGreaterThanOrEqual(150)
  })
})

describe('cockatiel wrap order: retry outside timeout vs timeout outside retry', () => {
  const slow503 = () => {
    let calls = 0
    const fn = ({ signal }: { signal: AbortSignal }) => {
      calls++
      return new Promise<never>((_, reject) => {
        const timer = setTimeout(() => reject(new UpstreamHttpError(503)), 200) // 200 ms, then 503
        signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(signal.reason)
        }, { once: true })
      })
    }
    return { fn, calls: () => calls }
  }

  it('wrap(retry, timeout): each attempt gets its own 300 ms -> 3 full attempts', async () => {
    const vendorCall = slow503()
    const started = Date.now()
    const { error } = await settle(perAttemptTimeout(300, { ...fast, rand: () => 0 }).execute(vendorCall.fn))
    expect(error).toBeInstanceOf(UpstreamHttpError)
    expect(vendorCall.calls()).toBe(3)
    expect(Date.now() - started).toBe(600)
  })

  it('wrap(timeout, retry): the whole sequence is cut at 300 ms', async () => {
    const vendorCall = slow503()
    const started = Date.now()
    const { error } = await settle(totalTimeout(300, { ...fast, rand: () => 0 }).execute(vendorCall.fn))
    expect(error).toBeInstanceOf(TaskCancelledError)
    expect(vendorCall.calls()).toBe(2)
    expect(Date.now() - started).toBe(300)
  })
})

describe('cockatiel circuit breaker: opens, half-opens and closes at its thresholds', () => {
  it('opens after 5 consecutive vendor faults and then fails fast without calling', async () => {
    const breaker = breakerPolicy(1_000)
    const call = vendor({ status: 500 })
    for (let i = 0; i < 5; i++) {
      expect(breaker.state).toBe(CircuitState.Closed)
      await settle(breaker.execute(({ signal }) => call(signal)))
    }
    expect(breaker.state).toBe(CircuitState.Open)
    const { error } = await settle(breaker.execute(({ signal }) => call(signal)))
    expect(error).toBeInstanceOf(BrokenCircuitError)
    expect(fake.stats.requests).toBe(5) // the 6th never reached the vendor
  })

  it('after halfOpenAfter one trial call is let through: success closes the circuit', async () => {
    const breaker = breakerPolicy(1_000)
    const call = vendor({ statuses: [500, 500, 500, 500, 500, 200], sequenceBy: 'scenario' })
    for (let i = 0; i < 5; i++)
      await settle(breaker.execute(({ signal }) => call(signal)))
    vi.advanceTimersByTime(999)
    expect((await settle(breaker.execute(({ signal }) => call(signal)))).error).toBeInstanceOf(BrokenCircuitError)
    vi.advanceTimersByTime(1)
    const states: CircuitState[] = []
    breaker.onStateChange(s => states.push(s))
    const { value } = await settle(breaker.execute(({ signal }) => call(signal)))
    expect(value?.status).toBe(200)
    expect(states).toEqual([CircuitState.HalfOpen, CircuitState.Closed])
    expect(fake.stats.requests).toBe(6)
  })

  it('a failed trial call opens it again', async () => {
    const breaker = breakerPolicy(1_000)
    const call = vendor({ status: 503 })
    for (let i = 0; i < 5; i++)
      await settle(breaker.execute(({ signal }) => call(signal)))
    vi.advanceTimersByTime(1_000)
    await settle(breaker.execute(({ signal }) => call(signal)))
    expect(breaker.state).toBe(CircuitState.Open)
    expect(fake.stats.requests).toBe(6)
  })

  it('4xx and 429 are not vendor faults: the circuit stays closed', async () => {
    const breaker = breakerPolicy(1_000)
    const call = vendor({ statuses: [400, 401, 422, 429, 429, 400, 400], sequenceBy: 'scenario' })
    for (let i = 0; i < 7; i++)
      await settle(breaker.execute(({ signal }) => call(signal)))
    expect(breaker.state).toBe(CircuitState.Closed)
  })
})

describe('p-retry', () => {
  it('retries: 2 makes 3 calls on a persistent 503', async () => {
    const call = vendor({ status: 503 })
    const { error } = await settle(withPRetry(call, new AbortController().signal, fast))
    expect(error).toBeInstanceOf(UpstreamHttpError)
    expect(fake.stats.requests).toBe(3)
  })

  it('stops at once on AbortError (a 401 is not worth a retry)', async () => {
    const call = vendor({ status: 401 })
    const { error } = await settle(withPRetry(call, new AbortController().signal, fast))
    expect((error as UpstreamHttpError).status).toBe(401)
    expect(fake.stats.requests).toBe(1)
  })
})
