import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { makeSayHello, wrap } from '../../../snippets/core-concepts/decorators/manual-wrap.ts'

describe('a wrapper written by hand', () => {
  it('logs before, runs the original, logs after — in that order', () => {
    const lines: string[] = []
    const sayHello = makeSayHello(line => lines.push(line))
    expect(lines).toEqual([]) // wrapping calls nothing yet
    sayHello()
    expect(lines).toEqual(['before', 'Hello!', 'after'])
  })

  it('passes the original return value through unchanged', () => {
    const value = { id: 1 }
    const wrapped = wrap(() => value, () => {})
    expect(wrapped()).toBe(value)
    expect(makeSayHello(() => {})()).toBe('greeted')
  })

  it('every later call enters the wrapper again', () => {
    const lines: string[] = []
    const sayHello = makeSayHello(line => lines.push(line))
    sayHello()
    sayHello()
    expect(lines).toEqual(['before', 'Hello!', 'after', 'before', 'Hello!', 'after'])
  })

  it('the demo prints the three lines in order, then the result', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/manual-wrap.demo.ts'))
    expect(lines).toEqual(['before', 'Hello!', 'after', 'returned: greeted'])
  })
})
