// Per-pod limiters, measured where it counts: the vendor's request log (the fake LLM over sockets).
// Each request carries its pod and its admission time, so rates are read on the pods' own clocks
// (arrival times at a vendor on a loaded machine bunch up; admission is what the limiter controls).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { admittedAt, forkPods, maxInWindow, spawnPods } from '../../../snippets/safe-api-calls/kubernetes/podSimulation.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

const RATE = 10 // each pod's bucket is set to the vendor's whole rate: the mistake being shown
let server: FakeLlmServer

beforeEach(async () => { server = await serveFakeLlm() })
afterEach(async () => {
  await server.close()
  expect(server.stats.openSockets).toBe(0)
})

/** Peak requests per second at the vendor, overall and per pod. */
function peaks() {
  const all = server.stats.log.map(r => admittedAt(r.requestId))
  const byPod = new Map<string, number[]>()
  for (const r of server.stats.log)
    byPod.set(r.client ?? '?', [...(byPod.get(r.client ?? '?') ?? []), admittedAt(r.requestId)])
  return { total: maxInWindow(all, 1_000), perPod: [...byPod.values()].map(times => maxInWindow(times, 1_000)) }
}

describe('podSimulation: every pod obeys its own limit, the vendor sees the sum', () => {
  it('5 in-process pods at 10/s each for 2 s: the vendor sees at least 4x the single-pod rate', async () => {
    const results = await spawnPods(5, { vendorUrl: server.url, durationMs: 2_000, attemptEveryMs: 20, limit: { kind: 'local', ratePerSec: RATE } })
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(server.stats.requests)
    const { total, perPod } = peaks()
    expect(perPod).toHaveLength(5)
    for (const peak of perPod)
      expect(peak).toBeLessThanOrEqual(RATE) // each limiter is exact...
    expect(total).toBeGreaterThanOrEqual(4 * RATE) // ...and the vendor gets the sum
  })

  it('3 forked child processes at 10/s each: at least 2.5x, and each process alone stays within 10/s', async () => {
    const results = await forkPods(3, { vendorUrl: server.url, durationMs: 3_000, attemptEveryMs: 10, limit: { kind: 'local', ratePerSec: RATE } })
    expect(results.map(r => r.podId).sort()).toEqual(['proc-1', 'proc-2', 'proc-3'])
    const { total, perPod } = peaks()
    for (const peak of perPod)
      expect(peak).toBeLessThanOrEqual(RATE)
    expect(total).toBeGreaterThanOrEqual(2.5 * RATE)
  })
})

describe('maxInWindow and admittedAt', () => {
  it('counts the fullest window of a given width', () => {
    expect(maxInWindow([], 1_000)).toBe(0)
    expect(maxInWindow([0, 100, 999, 1_000, 1_500], 1_000)).toBe(3) // [0, 1000) holds 0, 100, 999
    expect(maxInWindow([5, 1, 3], 10)).toBe(3)
  })

  it('reads the admission time a pod stamped into the request id', () => {
    expect(admittedAt('pod-2@1712345678901')).toBe(1_712_345_678_901)
    expect(admittedAt(undefined)).toBeNaN()
  })
})
