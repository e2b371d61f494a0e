import { describe, expect, it } from 'vitest'
import { LocalMetrics, RingBuffer } from '../../../snippets/safe-api-calls/advanced-patterns/localMetrics.ts'

describe('localMetrics: per-pod windows of 100 calls and 50 queue waits', () => {
  it('empty windows return 0', () => {
    const m = new LocalMetrics()
    expect([m.errorRate(), m.avgQueueWaitMs(), m.p95Ms()]).toEqual([0, 0, 0])
  })

  it('the ring buffer keeps only the last N', () => {
    const r = new RingBuffer<number>(3)
    for (let i = 1; i <= 5; i++) r.push(i)
    expect([...r.values()].sort()).toEqual([3, 4, 5])
  })

  it('error rate over exactly the last 100 calls', () => {
    const m = new LocalMetrics()
    for (let i = 0; i < 50; i++) m.recordCall({ outcome: 'vendor-fault', durationMs: 10, at: i })
    for (let i = 0; i < 100; i++) m.recordCall({ outcome: i < 20 ? 'vendor-fault' : 'success', durationMs: 10, at: i })
    expect(m.calls.values()).toHaveLength(100)
    expect(m.errorRate()).toBe(0.2) // the 50 older faults fell out of the window
  })

  it('average queue wait over the last 50', () => {
    const m = new LocalMetrics()
    for (let i = 0; i < 10; i++) m.recordQueueWait(1_000)
    for (let i = 0; i < 50; i++) m.recordQueueWait(100)
    expect(m.avgQueueWaitMs()).toBe(100)
  })

  it('nearest-rank p95', () => {
    const m = new LocalMetrics()
    for (let d = 1; d <= 100; d++) m.recordCall({ outcome: 'success', durationMs: d, at: d })
    expect(m.p95Ms()).toBe(95)
    const small = new LocalMetrics()
    for (const d of [5, 1, 3]) small.recordCall({ outcome: 'success', durationMs: d, at: 0 })
    expect(small.p95Ms()).toBe(5)
  })
})
