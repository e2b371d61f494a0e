import { describe, expect, it } from 'vitest'
import {
  clampToBudget, parseRetryAfter, RETRY_AFTER_CAP_MS, retryAfterHeader,
} from '../../../snippets/safe-api-calls/call-patterns/retryAfter.ts'

const NOW = Date.parse('2026-03-02T10:00:00Z') // the injected clock
const headers = (init: Record<string, string>) => new Headers(init)

describe('parseRetryAfter: vendor advice against an injected clock', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['  7 ', 7_000],
  ])('delay-seconds %j -> %d ms', (value, ms) => {
    expect(parseRetryAfter(headers({ 'retry-after': value }), NOW)).toBe(ms)
  })

  it('an HTTP date 30 s after now -> 30,000 ms', () => {
    const date = new Date(NOW + 30_000).toUTCString() // "Mon, 02 Mar 2026 10:00:30 GMT"
    expect(parseRetryAfter(headers({ 'retry-after': date }), NOW)).toBe(30_000)
  })

  it('a date in the past -> 0 (retry now), not a negative sleep', () => {
    const date = new Date(NOW - 5_000).toUTCString()
    expect(parseRetryAfter(headers({ 'retry-after': date }), NOW)).toBe(0)
  })

  it.each(['soon', '-5', '', '1.5', '5s'])('garbage %j -> undefined', (value) => {
    expect(parseRetryAfter(headers({ 'retry-after': value }), NOW)).toBeUndefined()
  })

  it('no header -> undefined', () => {
    expect(parseRetryAfter(headers({}), NOW)).toBeUndefined()
  })

  it('retry-after-ms wins over Retry-After, and garbage in it falls back', () => {
    expect(parseRetryAfter(headers({ 'retry-after-ms': '150', 'retry-after': '1' }), NOW)).toBe(150)
    expect(parseRetryAfter(headers({ 'retry-after-ms': '12.4' }), NOW)).toBe(13)
    expect(parseRetryAfter(headers({ 'retry-after-ms': 'later', 'retry-after': '2' }), NOW)).toBe(2_000)
  })
})

describe('clampToBudget: bounded by a cap and by the remaining SLA', () => {
  it('sleeps exactly the advice when it fits', () => {
    expect(clampToBudget(150, 10_000)).toEqual({ action: 'sleep', ms: 150 })
  })

  it('clamps advice above the 60 s cap', () => {
    expect(RETRY_AFTER_CAP_MS).toBe(60_000)
    expect(clampToBudget(120_000, 600_000)).toEqual({ action: 'sleep', ms: 60_000 })
  })

  it('advice longer than the remaining SLA: stop and pass the ORIGINAL advice on', () => {
    expect(clampToBudget(5_000, 500)).toEqual({ action: 'pass-on', retryAfterMs: 5_000 })
    expect(clampToBudget(120_000, 30_000)).toEqual({ action: 'pass-on', retryAfterMs: 120_000 })
  })

  it('adds at most 5 % jitter, and never past the budget', () => {
    expect(clampToBudget(1_000, 10_000, RETRY_AFTER_CAP_MS, () => 1)).toEqual({ action: 'sleep', ms: 1_050 })
    const tight = clampToBudget(1_000, 1_020, RETRY_AFTER_CAP_MS, () => 1)
    expect(tight).toEqual({ action: 'sleep', ms: 1_019 })
  })

  it('formats our own Retry-After header in whole seconds, at least 1', () => {
    expect(retryAfterHeader(150)).toBe('1')
    expect(retryAfterHeader(5_000)).toBe('5')
    expect(retryAfterHeader(5_001)).toBe('6')
  })
})
