import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { parseOrder, parseQuantity } from '../../../snippets/core-concepts/exceptions/not-control-flow.ts'

describe('not-control-flow: expected failures as values', () => {
  it('valid numeric input yields the number', () => {
    expect(parseQuantity('3')).toEqual({ ok: true, value: 3 })
    expect(parseQuantity(' 12 ')).toEqual({ ok: true, value: 12 })
  })

  it.each(['abc', '', '12abc', '0', '-4', '1.5'])('invalid input %j yields a failure without throwing', (raw) => {
    let result: ReturnType<typeof parseQuantity> | undefined
    expect(() => { result = parseQuantity(raw) }).not.toThrow()
    expect(result).toMatchObject({ ok: false })
  })

  it('the safeParse path returns issues instead of throwing', () => {
    const result = parseOrder({ sku: '', quantity: 2.5 })
    expect(result.ok).toBe(false)
    if (result.ok)
      throw new Error('unreachable')
    expect(result.error.map(issue => issue.path.join('.'))).toEqual(['sku', 'quantity'])
    expect(parseOrder('not an object')).toMatchObject({ ok: false })
  })

  it('a valid order comes back typed', () => {
    expect(parseOrder({ sku: 'KB-1', quantity: 2 })).toEqual({ ok: true, value: { sku: 'KB-1', quantity: 2 } })
  })

  it('demo prints results and issues', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/not-control-flow.demo.ts'))
    expect(lines[0]).toBe('"3" -> 3')
    expect(lines[1]).toBe('"abc" -> quantity must be a positive integer, got "abc"')
    expect(lines[2]).toBe('"12abc" -> quantity must be a positive integer, got "12abc"')
    expect(lines[3]).toMatch(/^sku: .+\nquantity: .+$/)
  })
})
