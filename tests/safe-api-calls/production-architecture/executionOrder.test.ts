import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { legitimateStartDelay, type OrderDeps, rightOrder, wrongOrder } from '../../../snippets/safe-api-calls/production-architecture/executionOrder.ts'

const CHECK_MS = 20 // one Redis round trip
const never = new AbortController().signal

function deps() {
  const permits = new Semaphore(1)
  const d: OrderDeps = {
    permits,
    userLimit: vi.fn(async (user: string) => { await new Promise(r => setTimeout(r, CHECK_MS)); return user === 'legit' }),
    vendor: { acquire: vi.fn(async () => {}) },
    callVendor: vi.fn(async () => 'ok'),
  }
  return { d, acquire: vi.spyOn(permits, 'acquire') }
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0)
  vi.useRealTimers()
})

describe('executionOrder: refuse cheaply, then wait, then reserve, then spend', () => {
  it('right order: over-quota and invalid requests never touch the semaphore, the vendor limiter or the vendor', async () => {
    const { d, acquire } = deps()
    const over = rightOrder({ userId: 'over', body: { prompt: 'hi' } }, d, never)
    await vi.advanceTimersByTimeAsync(CHECK_MS)
    expect(await over).toEqual({ status: 429 })
    expect(await rightOrder({ userId: 'legit', body: { prompt: '' } }, d, never)).toEqual({ status: 400 })
    expect(acquire).not.toHaveBeenCalled()
    expect(d.vendor.acquire).not.toHaveBeenCalled()
    expect(d.callVendor).not.toHaveBeenCalled()
  })

  it('a 400 validation error happens before any Redis call', async () => {
    const { d } = deps()
    expect(await rightOrder({ userId: 'legit', body: { nope: 1 } }, d, never)).toEqual({ status: 400 })
    expect(d.userLimit).not.toHaveBeenCalled()
  })

  it('1 permit, 5 over-quota + 1 legitimate: right order starts it right after its own check', async () => {
    const { d, acquire } = deps()
    const delay = legitimateStartDelay(rightOrder, d)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await delay).toBeLessThanOrEqual(CHECK_MS + 10)
    expect(acquire).toHaveBeenCalledTimes(1) // only the legitimate request reserved
  })

  it('wrong order: the legitimate request waits until every rejected one released the permit', async () => {
    const { d, acquire } = deps()
    const delay = legitimateStartDelay(wrongOrder, d)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await delay).toBe(6 * CHECK_MS) // 5 wasted reservations, then its own check
    expect(acquire).toHaveBeenCalledTimes(6)
  })
})
