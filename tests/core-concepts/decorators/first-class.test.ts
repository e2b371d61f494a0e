import { describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { callWith, greet, makeGreeter, sayHello } from '../../../snippets/core-concepts/decorators/first-class.ts'

describe('functions are values', () => {
  it('an alias is the same function object, and calling through it works', () => {
    expect(sayHello).toBe(greet)
    expect(sayHello('Ada')).toBe('Hello, Ada!')
  })

  it('a function passed to a higher-order function is called exactly once with the given arguments', () => {
    const fn = vi.fn((a: number, b: string) => `${b}${a}`)
    expect(callWith(fn, 7, 'n=')).toBe('n=7')
    expect(fn).toHaveBeenCalledTimes(1)
    expect(fn).toHaveBeenCalledWith(7, 'n=')
  })

  it('a returned function is callable later and keeps what it was built with', () => {
    const welcome = makeGreeter('Welcome')
    expect(typeof welcome).toBe('function')
    expect(welcome('Grace')).toBe('Welcome, Grace!')
  })

  it('the demo prints the identity check and the calls', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/first-class.demo.ts'))
    expect(lines).toEqual([
      'sayHello === greet: true',
      'Hello, Ada!',
      'Hello, Linus!',
      'Welcome, Grace!',
    ])
  })
})
