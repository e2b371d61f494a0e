import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { brokenWrap, fixedWrap, Greeter } from '../../../snippets/core-concepts/decorators/this-binding.ts'

describe('forwarding `this` through a wrapper', () => {
  it('the fixed wrapper calls the method with its instance and returns the field it reads', () => {
    class FixedGreeter extends Greeter {}
    FixedGreeter.prototype.greet = fixedWrap(Greeter.prototype.greet)
    const greeter = new FixedGreeter()
    greeter.greeting = 'Hi'
    expect(greeter.greet('Ada')).toBe('Hi, Ada!')
  })

  it('the broken (arrow) wrapper loses the instance: the method throws a TypeError', () => {
    class BrokenGreeter extends Greeter {}
    BrokenGreeter.prototype.greet = brokenWrap(Greeter.prototype.greet)
    expect(() => new BrokenGreeter().greet('Ada')).toThrow(TypeError)
    expect(() => new BrokenGreeter().greet('Ada')).toThrow(/reading 'greeting'/)
  })

  it('the demo prints the broken wrapper\'s TypeError and the fixed wrapper\'s value', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/this-binding.demo.ts'))
    expect(lines).toEqual([
      'broken: TypeError: Cannot read properties of undefined (reading \'greeting\')',
      'fixed: Hello, Ada!',
    ])
  })
})
