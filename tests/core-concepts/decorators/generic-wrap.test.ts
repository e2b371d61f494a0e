import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { traced, wrongCall } from '../../../snippets/core-concepts/decorators/generic-wrap.ts'

describe('a type-safe wrapper that forwards any arguments', () => {
  it('hands the arguments to the original unchanged and in order', () => {
    const original = vi.fn((..._args: [number, { tags: string[] }, string?]) => 'ok')
    const options = { tags: ['a', 'b'] }
    traced(original, () => {})(1, options, 'x')
    expect(original).toHaveBeenCalledTimes(1)
    expect(original.mock.calls[0]).toEqual([1, { tags: ['a', 'b'] }, 'x'])
    expect(original.mock.calls[0]?.[1]).toBe(options) // the same object, not a copy
  })

  it('returns the very value the original returned', () => {
    const value = { answer: 42 }
    expect(traced(() => value, () => {})()).toBe(value)
  })

  it('lets a thrown error propagate as the same object', () => {
    const error = new Error('boom')
    const failing = traced((): never => {
      throw error
    }, () => {})
    let caught: unknown
    try {
      failing()
    }
    catch (thrown) {
      caught = thrown
    }
    expect(caught).toBe(error)
  })

  it('logs the name and the argument count, never the values', () => {
    const lines: string[] = []
    const login = (user: string, password: string) => `${user}:${password.length}`
    traced(login, line => lines.push(line))('ada', 'hunter2')
    expect(lines).toEqual(['login called with 2 args'])
  })

  it('keeps the parameter and return types of the original exactly', () => {
    const fetchUser = (id: string, retries: number): Promise<{ id: string }> => Promise.resolve({ id: `${id}${retries}` })
    const wrapped = traced(fetchUser, () => {})
    expectTypeOf(wrapped).parameters.toEqualTypeOf<Parameters<typeof fetchUser>>()
    expectTypeOf(wrapped).returns.toEqualTypeOf<ReturnType<typeof fetchUser>>()
    expectTypeOf(wrapped).toEqualTypeOf<typeof fetchUser>()
  })

  it('the wrong call on the slide is a compile error only: at runtime JS would concatenate', () => {
    expect(wrongCall()).toBe('23')
  })
})
