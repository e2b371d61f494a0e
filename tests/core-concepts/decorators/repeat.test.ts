import { describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { repeat, sayHiThrice } from '../../../snippets/core-concepts/decorators/repeat.ts'

describe('repeat(n): a decorator with its own parameter', () => {
  it('calls the original exactly n times with the same arguments', () => {
    const original = vi.fn((name: string) => `hi ${name}`)
    repeat(4)(original)('Ada')
    expect(original).toHaveBeenCalledTimes(4)
    expect(original.mock.calls).toEqual([['Ada'], ['Ada'], ['Ada'], ['Ada']])
  })

  it('returns the result of the last call', () => {
    let count = 0
    const next = repeat(3)(() => ++count)
    expect(next()).toBe(3)
  })

  it('throws a RangeError with a clear message when decorating with n < 1, before any call', () => {
    const original = vi.fn()
    expect(() => repeat(0)).toThrow(RangeError)
    expect(() => repeat(0)).toThrow('repeat(n) needs a whole n >= 1, got 0')
    expect(() => repeat(-2)).toThrow(RangeError)
    expect(() => repeat(1.5)).toThrow(RangeError)
    expect(original).not.toHaveBeenCalled()
  })

  it('n = 1 calls once', () => {
    const original = vi.fn(() => 'once')
    expect(repeat(1)(original)()).toBe('once')
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('forwards `this`, so the same factory works on methods', () => {
    class Counter {
      count = 0
      bump(by: number) {
        this.count += by
        return this.count
      }
    }
    Counter.prototype.bump = repeat(3)(Counter.prototype.bump)
    const counter = new Counter()
    expect(counter.bump(2)).toBe(6)
  })

  it('the usage and its demo print "Hi" three times', async () => {
    const lines: string[] = []
    expect(sayHiThrice(line => lines.push(line))).toBe('said hi')
    expect(lines).toEqual(['Hi', 'Hi', 'Hi'])
    const printed = await captureConsole(() => import('../../../snippets/core-concepts/decorators/repeat.demo.ts'))
    expect(printed).toEqual(['Hi', 'Hi', 'Hi', 'returned: said hi'])
  })
})
