import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { extractUserId, jsonLine, paymentsOver, sentence } from '../../../snippets/core-concepts/structured-logging/unstructured-vs-structured.ts'

const event = { event: 'payment_processed', user_id: 42, amount: 99.5, order_id: 1081 } as const

describe('sentences vs events', () => {
  it('the regex finds the user id in the original wording', () => {
    expect(sentence(event)).toBe('Payment processed for user 42, amount $99.50, order #1081')
    expect(extractUserId(sentence(event))).toBe(42)
  })

  it('the regex returns nothing after a harmless wording change', () => {
    expect(extractUserId('Processed payment for user 42, amount $99.50, order #1081')).toBeUndefined()
  })

  it('the JSON filter returns exactly the events with amount > 50', () => {
    const lines = [99.5, 12, 50, 250].map((amount, i) => jsonLine({ ...event, amount, order_id: i }, '2026-01-15T10:00:00.000Z'))
    expect(paymentsOver(lines, 50).map(e => e.amount)).toEqual([99.5, 250])
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', event: 'payment_processed', user_id: 42, amount: 99.5 })
  })

  it('the regex demo shows the extractor breaking', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/unstructured-vs-structured.demo.ts'))
    expect(lines).toEqual([
      'Payment processed for user 42, amount $99.50, order #1081\n  regex user id -> 42',
      'Processed payment for user 42, amount $99.50, order #1081\n  regex user id -> undefined',
    ])
  })

  it('the filter demo prints the events and the two over 50', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/unstructured-vs-structured-filter.demo.ts'))
    expect(lines).toHaveLength(5)
    expect(lines.slice(3)).toEqual(['> 50: order 1081, $99.5', '> 50: order 1083, $250'])
  })
})
