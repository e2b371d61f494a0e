import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { explain, toError } from '../../../snippets/core-concepts/exceptions/narrowing.ts'

describe('narrowing: instanceof chain over unknown', () => {
  it('known classes hit their branch', () => {
    expect(explain(() => JSON.parse('{'))).toMatch(/^bad input: /)
    expect(explain(() => new Array(-1))).toMatch(/^out of range: /)
    expect(explain(() => 42)).toBe('ok')
  })

  it('an unknown error is rethrown as the very same object', () => {
    const unknown = new TypeError('not mine')
    let caught: unknown
    try {
      explain(() => { throw unknown })
    }
    catch (err) {
      caught = err
    }
    expect(caught).toBe(unknown)
  })

  it('a thrown non-Error value is rethrown untouched too', () => {
    expect(() => explain(() => { throw 'plain string' })).toThrow('plain string')
  })
})

describe('toError: normalising non-Error throws', () => {
  it('returns an Error unchanged', () => {
    const err = new RangeError('x')
    expect(toError(err)).toBe(err)
  })

  it('turns a thrown string into an Error whose message is that string', () => {
    const err = toError('boom')
    expect(err).toBeInstanceOf(Error)
    expect(err.message).toBe('boom')
  })

  it('describes other values and keeps them as cause, even when they cannot be serialised', () => {
    const obj = { code: 7 }
    expect(toError(obj).message).toBe('non-Error thrown: {"code":7}')
    expect(toError(obj).cause).toBe(obj)
    const circular: { self?: unknown } = {}
    circular.self = circular
    expect(toError(circular).message).toBe('non-Error thrown: [object Object]')
    expect(toError(undefined).message).toBe('non-Error thrown: undefined')
  })

  it('demo prints each branch', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/narrowing.demo.ts'))
    expect(lines).toEqual([
      'bad input: expected a number',
      'out of range: port 70000 > 65535',
      'TypeError rethrown, same object: true',
      "toError('boom') -> Error: boom",
    ])
  })
})
