import { describe, expect, it } from 'vitest'
import { createSleepApp } from '../../../snippets/concurrency/async-tutorial/hono-concurrency.ts'

describe('hono-concurrency (real timers: the mechanism is the event loop)', () => {
  it('five parallel requests to a 500 ms route finish in about one sleep, each echoing its n', async () => {
    const app = createSleepApp(500)
    const start = performance.now()
    const responses = await Promise.all([1, 2, 3, 4, 5].map(n => app.request(`/sleep/${n}`)))
    const elapsed = performance.now() - start
    expect(elapsed).toBeGreaterThanOrEqual(495)
    expect(elapsed).toBeLessThan(1000) // sequential handling would take 2500 ms
    expect(await Promise.all(responses.map(r => r.json()))).toEqual(
      [1, 2, 3, 4, 5].map(n => ({ n, sleptMs: 500 })))
  })

  it('rejects a non-integer n with 400 and a clear error, without sleeping', async () => {
    const response = await createSleepApp(10_000).request('/sleep/abc')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'n must be a non-negative integer' })
  })
})
