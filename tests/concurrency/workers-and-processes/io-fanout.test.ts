import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import type { FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import { deadline } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { CallTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { fanOut, logAsCompleted } from '../../../snippets/concurrency/workers-and-processes/io-fanout.ts'

const faults = (plan: object) => ({ 'x-fake-faults': JSON.stringify(plan) })

describe('io-fanout', () => {
  let fake: FakeLlm
  const fetchLike = (url: string, init: RequestInit) => fake.app.request(url, init)
  afterEach(() => {
    fake.stopAll()
    vi.useRealTimers()
  })

  it('100 calls with limit 20: never more than 20 in flight, all 100 answers returned', async () => {
    fake = createFakeLlm({ seed: 1, plan: { latencyMs: 10 } })
    const calls = Array.from({ length: 100 }, (_, i) => ({ prompt: `q${i}` }))
    const answers = await Promise.all(fanOut(calls, fetchLike, { limit: 20 }))
    expect(answers).toHaveLength(100)
    expect(answers.every(a => a.length > 0)).toBe(true)
    expect(fake.stats.requests).toBe(100)
    expect(fake.stats.maxInFlight).toBe(20)
  })

  it('a hanging call rejects at its own timeout; the others succeed (fake timers, deadline())', async () => {
    vi.useFakeTimers()
    fake = createFakeLlm({ seed: 1 })
    const timeout = (ms: number) => deadline(ms, () => new CallTimeoutError(`no answer in ${ms} ms`)).signal
    const calls = [{ prompt: 'a' }, { prompt: 'hang', headers: faults({ latencyMs: 600_000 }) }, { prompt: 'b' }]
    const [a, hang, b] = fanOut(calls, fetchLike, { timeoutMs: 10_000, timeout })
    const hung = hang!.catch((err: unknown) => err)
    await vi.advanceTimersByTimeAsync(9_999)
    expect(await a).toBeTruthy()
    expect(await b).toBeTruthy()
    expect(fake.stats.inFlight).toBe(1) // still waiting, not yet timed out
    await vi.advanceTimersByTimeAsync(1)
    const err = await hung
    expect(err).toBeInstanceOf(CallTimeoutError)
    expect((err as Error).message).toBe('no answer in 10000 ms')
  })

  it('logs in completion order, a failure included', async () => {
    fake = createFakeLlm({ seed: 7 })
    const lines: string[] = []
    await logAsCompleted([
      { prompt: 'slow', headers: faults({ latencyMs: 150 }) },
      { prompt: 'fast', headers: faults({ latencyMs: 10 }) },
      { prompt: 'broken', headers: faults({ status: 500 }) },
    ], fetchLike, line => lines.push(line))
    expect(lines.map(l => l.split(':')[0])).toEqual(['broken', 'fast', 'slow'])
    expect(lines[0]).toBe('broken: failed (Error)')
  })
})
