import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeadlineExceededError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { boundedCleanup, withSla } from '../../../snippets/safe-api-calls/production-architecture/shieldedCleanup.ts'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0)
  vi.useRealTimers()
})

const fake = createFakeLlm({ plan: { latencyMs: 10_000 } }) // a hanging vendor
const callVendor = async (signal: AbortSignal) => fake.app.request('/v1/chat/completions', {
  method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }), signal,
})

describe('shieldedCleanup: cleanup after the SLA fired, bounded by its own deadline', () => {
  it('the SLA aborts the call; recordSlaViolation still runs (with a live signal) and the counter increments', async () => {
    let violations = 0
    let cleanupSignalAborted: boolean | undefined
    const metrics = { recordSlaViolation: async (_route: string, s: AbortSignal) => { cleanupSignalAborted = s.aborted; await Promise.resolve(); violations++ } }
    const done = withSla('/chat', 100, callVendor, metrics, vi.fn()).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(100)
    expect(await done).toBeInstanceOf(DeadlineExceededError)
    await vi.advanceTimersByTimeAsync(0)
    expect(violations).toBe(1)
    expect(cleanupSignalAborted).toBe(false) // never the request's (aborted) signal
    expect(fake.stats.requests).toBe(1) // cleanup made no vendor request
  })

  it('a metric sink that never answers is cut at 200 ms, logged, and does not delay the response', async () => {
    const log = vi.fn()
    const metrics = { recordSlaViolation: () => new Promise<void>(() => {}) } // ignores its signal too
    const before = fake.stats.requests
    const t0 = Date.now()
    let answeredAt = Number.NaN
    const done = withSla('/chat', 100, callVendor, metrics, log).catch((e: unknown) => { answeredAt = Date.now(); return e })
    await vi.advanceTimersByTimeAsync(100)
    expect(await done).toBeInstanceOf(DeadlineExceededError)
    expect(answeredAt - t0).toBeLessThanOrEqual(100 + 20) // within SLA + 20 ms
    expect(log).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(log).toHaveBeenCalledWith('cleanup_failed', { error: 'CleanupTimeoutError' })
    expect(fake.stats.requests).toBe(before + 1)
  })

  it('cleanup errors are logged, not thrown; a request within its SLA runs no cleanup', async () => {
    const log = vi.fn()
    await expect(boundedCleanup(async () => { throw new RangeError('sink down') }, log)).resolves.toBeUndefined()
    expect(log).toHaveBeenCalledWith('cleanup_failed', { error: 'RangeError' })
    const metrics = { recordSlaViolation: vi.fn(async () => {}) }
    await expect(withSla('/chat', 100, async () => 'fast', metrics, log)).resolves.toBe('fast')
    expect(metrics.recordSlaViolation).not.toHaveBeenCalled()
  })
})
