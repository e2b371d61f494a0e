import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { Ledger, transferRoutes } from '../../../snippets/web-api/error-responses/local-catch.ts'
import { badJsonCases, expectBadRequestAnswered, expectProblem } from './problem-assertions.ts'

const app = () => useProblemDetails(transferRoutes(new Ledger()))
const transfer = (from: string, to: string, cents = 500, path = '/transfers') => app().request(path, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, to, cents }),
})

describe('catching locally, correctly', () => {
  it('insufficient funds -> 400 INSUFFICIENT_FUNDS with the balance', async () => {
    const { raw } = await expectProblem(await transfer('acc-1', 'acc-2'), 400, 'INSUFFICIENT_FUNDS')
    expect(raw).toMatchObject({ balance: 100, detail: 'Insufficient funds for this transfer' })
  })

  it('an unknown account still reaches the global handler as 404', async () => {
    await expectProblem(await transfer('acc-9', 'acc-2'), 404, 'NOT_FOUND')
  })

  it('an unexpected error still becomes a 500 without its message', async () => {
    const { text } = await expectProblem(await transfer('acc-broken', 'acc-2'), 500, 'INTERNAL_ERROR')
    expect(text).not.toContain('ledger')
  })

  it('a successful transfer answers 200', async () => {
    const res = await transfer('acc-1', 'acc-2', 40)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ from: 'acc-1', to: 'acc-2', cents: 40, balance: 60 })
  })

  it('the swallowing endpoint hides the 404 and the 400 behind anonymous 500s', async () => {
    await expectProblem(await transfer('acc-9', 'acc-2', 500, '/transfers-swallowing'), 500, 'INTERNAL_ERROR')
    await expectProblem(await transfer('acc-1', 'acc-2', 500, '/transfers-swallowing'), 500, 'INTERNAL_ERROR')
  })

  it.each(badJsonCases({
    method: 'POST', path: '/transfers', valid: { from: 'acc-1', to: 'acc-2', cents: 1 },
    wrongType: ['cents', '1'], required: ['from', 'to', 'cents'], strict: true, maxBytes: 16 * 1024,
  }))('bad input: $name -> $status $code', async (c) => {
    await expectBadRequestAnswered(app(), '/transfers', c)
  })

  it('the demo shows 400 with balance, 404, and a 500 without the ledger message', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/local-catch.demo.ts'))
    expect(lines).toEqual([
      'acc-1 -> 400 INSUFFICIENT_FUNDS balance=100\n  Insufficient funds for this transfer',
      'acc-9 -> 404 NOT_FOUND\n  Account acc-9 not found',
      'acc-broken -> 500 INTERNAL_ERROR\n  An unexpected error occurred. Reference: 5c1f0e2a-8d4b-4f3e-9a7c-1b2d3e4f5a6b',
    ])
  })
})
