import { describe, expect, it } from 'vitest'
import { createRedactingLogger } from './redaction.ts'

const SECRETS = ['hunter2', 'Bearer eyJhbGciOiJIUzI1NiJ9', '4111 1111 1111 1111', 'tok-a', 'tok-b']

function logSample() {
  const lines: string[] = []
  createRedactingLogger({ write: (chunk: string) => { lines.push(chunk.trim()) } }).info({
    user_id: 42,
    password: 'hunter2',
    headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9', accept: 'application/json' },
    payment: { credit_card: '4111 1111 1111 1111', amount: 99.5, currency: 'EUR' },
    items: [{ sku: 'a-1', token: 'tok-a' }, { sku: 'b-2', token: 'tok-b' }],
  }, 'checkout_submitted')
  return lines
}

describe('redaction policy', () => {
  it('censors the four sensitive values and keeps structure and everything else intact', () => {
    const [line] = logSample()
    expect(JSON.parse(line!)).toEqual({
      level: 30,
      user_id: 42,
      password: '[REDACTED]',
      headers: { authorization: '[REDACTED]', accept: 'application/json' },
      payment: { credit_card: '[REDACTED]', amount: 99.5, currency: 'EUR' },
      items: [{ sku: 'a-1', token: '[REDACTED]' }, { sku: 'b-2', token: '[REDACTED]' }],
      msg: 'checkout_submitted',
    })
  })

  it('no secret value appears anywhere in the written line', () => {
    const text = logSample().join('\n')
    for (const secret of SECRETS)
      expect(text).not.toContain(secret)
  })

  it('events without sensitive fields are written unchanged', () => {
    const lines: string[] = []
    createRedactingLogger({ write: (chunk: string) => { lines.push(chunk.trim()) } }).info({ order_id: 7, items: [{ sku: 'x' }] }, 'order_created')
    expect(JSON.parse(lines[0]!)).toEqual({ level: 30, order_id: 7, items: [{ sku: 'x' }], msg: 'order_created' })
  })
})
