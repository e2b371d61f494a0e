import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createErrorLogger, settleOrder } from '../../../snippets/core-concepts/exceptions/log-error.ts'

interface ErrorLine {
  level: string
  orderId: string
  msg: string
  err: { type: string, message: string, stack: string }
}

// A real pino logger writing into memory: the test reads the JSON lines pino produced.
function capture() {
  const out: string[] = []
  const log = createErrorLogger({ write: (line: string) => { out.push(line) } })
  return { log, lines: () => out.map(line => JSON.parse(line) as ErrorLine) }
}

describe('log-error: pino records type, message, stack and cause under err', () => {
  it('writes one error line with the serialized error', () => {
    const { log, lines } = capture()
    expect(settleOrder('A-17', log)).toBe(false)
    const all = lines()
    expect(all).toHaveLength(1)
    const line = all[0]!
    expect(line.level).toBe('error')
    expect(line.orderId).toBe('A-17')
    expect(line.msg).toBe('payment failed, order left unpaid')
    expect(line.err.type).toBe('Error')
    expect(line.err.message).toContain('card charge failed for order A-17')
  })

  it('the stack names the throwing function, and the cause is present', () => {
    const { log, lines } = capture()
    settleOrder('A-18', log)
    const { err } = lines()[0]!
    expect(err.stack).toMatch(/at chargeCard \(/)
    expect(err.message).toContain('gateway answered 502')        // cause message appended
    expect(err.stack).toContain('caused by: Error: gateway answered 502')
  })

  it('demo prints the fields of the captured line', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/log-error.demo.ts'))
    expect(lines).toEqual([
      'error: payment failed, order left unpaid',
      'err.type: Error\nerr.message: card charge failed for order A-17: gateway answered 502',
      'err.stack: at chargeCard, ...',
    ])
  })
})
