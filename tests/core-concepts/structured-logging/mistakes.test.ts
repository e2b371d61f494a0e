import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { fulfilRepeated, fulfilWithChild, purchaseRight, purchaseWrong } from '../../../snippets/core-concepts/structured-logging/mistakes.ts'
import { captureLines } from './log-capture.ts'

const logger = () => {
  const capture = captureLines()
  return { capture, log: pino({ base: undefined, timestamp: false }, capture.destination) }
}

describe('mistakes and their fixes', () => {
  it('an interpolated message has no fields; the fix has them all', () => {
    const wrong = logger()
    purchaseWrong(wrong.log, 'ada', 'sku-9', 19.99)
    expect(wrong.capture.records()).toEqual([{ level: 30, msg: 'User ada bought sku-9 for 19.99' }])
    const right = logger()
    purchaseRight(right.log, 42, 'sku-9', 19.99)
    expect(right.capture.records()).toEqual([{ level: 30, user_id: 42, item_id: 'sku-9', amount: 19.99, msg: 'item_purchased' }])
  })

  it('one child writes exactly the lines the repeated fields wrote', () => {
    const repeated = logger()
    fulfilRepeated(repeated.log, 1081, 42)
    const child = logger()
    fulfilWithChild(child.log, 1081, 42)
    expect(child.capture.records()).toEqual(repeated.capture.records())
    expect(child.capture.records().map(r => r.msg)).toEqual(['order_validated', 'payment_charged', 'order_shipped'])
  })
})
