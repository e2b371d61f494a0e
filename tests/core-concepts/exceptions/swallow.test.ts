import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { inner, outer } from '../../../snippets/core-concepts/exceptions/swallow.ts'

describe('swallow: caught and not rethrown reads as success', () => {
  it('outer() returns normally and logs "succeeded" although the parse inside failed', () => {
    const lines: string[] = []
    expect(() => outer('{"user": 42', line => lines.push(line))).not.toThrow()
    expect(lines).toEqual(['inner: handled the SyntaxError', 'outer: inner() succeeded, saving the result'])
  })

  it('the parse really failed: the same input throws a SyntaxError without the inner catch', () => {
    expect(() => JSON.parse('{"user": 42')).toThrow(SyntaxError)
  })

  it('valid input takes the quiet path through inner()', () => {
    const lines: string[] = []
    inner('{"user": 42}', line => lines.push(line))
    expect(lines).toEqual([])
  })

  it('demo prints both lines', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/swallow.demo.ts'))
    expect(lines).toEqual(['inner: handled the SyntaxError', 'outer: inner() succeeded, saving the result'])
  })
})
