import { describe, expect, it } from 'vitest'
import { countPrimes } from '../../../snippets/concurrency/threads-processes-async/cpu-work.ts'

describe('countPrimes', () => {
  it('counts the known prime counts', () => {
    expect(countPrimes(1)).toBe(0)
    expect(countPrimes(2)).toBe(1)
    expect(countPrimes(10)).toBe(4) // 2 3 5 7
    expect(countPrimes(100)).toBe(25)
    expect(countPrimes(100_000)).toBe(9592)
  })
})
