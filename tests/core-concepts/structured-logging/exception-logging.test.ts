import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { InsufficientFundsError, payBad, payGood } from '../../../snippets/core-concepts/structured-logging/exception-logging.ts'
import { captureLines } from './log-capture.ts'

async function declineCard(): Promise<void> {
  throw new InsufficientFundsError('balance 12.00 < 99.50')
}

describe('structured exception logging', () => {
  it('the good line has user_id, numeric amount, error_type and err.stack as fields', async () => {
    const capture = captureLines()
    await payGood(pino({ base: undefined }, capture.destination), declineCard, 42, 99.5)
    const [record] = capture.records()
    expect(record).toMatchObject({ level: 50, msg: 'payment_failed', user_id: 42, amount: 99.5, error_type: 'InsufficientFundsError' })
    const err = record!.err as { type: string, message: string, stack: string }
    expect(err.type).toBe('InsufficientFundsError')
    expect(err.stack).toContain('declineCard')
    // a query on fields now works: amount > 50 and event name
    expect(capture.records().filter(r => r.msg === 'payment_failed' && Number(r.amount) > 50)).toHaveLength(1)
  })

  it('the bad line has the same facts only inside the message string', async () => {
    const capture = captureLines()
    await payBad(pino({ base: undefined }, capture.destination), declineCard, 42, 99.5)
    const [record] = capture.records()
    expect(record!.msg).toBe('Payment failed for user 42, amount 99.5: InsufficientFundsError: balance 12.00 < 99.50')
    expect(Object.keys(record!).sort()).toEqual(['level', 'msg', 'time'])
  })

  it('a successful charge logs nothing', async () => {
    const capture = captureLines()
    await payGood(pino(capture.destination), async () => {}, 42, 10)
    expect(capture.lines).toEqual([])
  })
})
