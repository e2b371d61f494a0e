import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { legitimateStartDelay, type OrderDeps } from '../../../../snippets/safe-api-calls/production-architecture/executionOrder.ts'
import { chatRoute } from './checkOrder.ts'

const CHECK_MS = 20
const never = new AbortController().signal

function deps() {
  const permits = new Semaphore(1)
  const d: OrderDeps = {
    permits,
    userLimit: vi.fn(async (user: string) => { await new Promise(r => setTimeout(r, CHECK_MS)); return user === 'legit' }),
    vendor: { acquire: vi.fn(async () => {}) },
    callVendor: vi.fn(async (prompt: string) => `echo: ${prompt}`),
  }
  return { d, acquire: vi.spyOn(permits, 'acquire') }
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('check order', () => {
  it('a legitimate request still gets its answer', async () => {
    const { d } = deps()
    const res = chatRoute({ userId: 'legit', body: { prompt: 'hi' } }, d, never)
    await vi.advanceTimersByTimeAsync(CHECK_MS)
    expect(await res).toEqual({ status: 200, content: 'echo: hi' })
  })

  it('over-quota requests never touch the semaphore or the vendor limiter', async () => {
    const { d, acquire } = deps()
    const res = chatRoute({ userId: 'over', body: { prompt: 'hi' } }, d, never)
    await vi.advanceTimersByTimeAsync(CHECK_MS)
    expect(await res).toEqual({ status: 429 })
    expect(acquire).not.toHaveBeenCalled()
    expect(d.vendor.acquire).not.toHaveBeenCalled()
  })

  it('invalid bodies get 400 without a permit, a vendor token or even a Redis call', async () => {
    const { d, acquire } = deps()
    const res = chatRoute({ userId: 'legit', body: { prompt: '' } }, d, never)
    await vi.advanceTimersByTimeAsync(CHECK_MS)
    expect(await res).toEqual({ status: 400 })
    expect(acquire).not.toHaveBeenCalled()
    expect(d.vendor.acquire).not.toHaveBeenCalled()
    expect(d.userLimit).not.toHaveBeenCalled()
  })

  it('with 1 permit, 5 over-quota requests do not delay the legitimate one', async () => {
    const { d } = deps()
    const delay = legitimateStartDelay(chatRoute, d)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await delay).toBeLessThanOrEqual(CHECK_MS + 10)
  })
})
