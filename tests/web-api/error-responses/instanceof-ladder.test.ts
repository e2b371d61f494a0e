import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { NotFoundError, RateLimitError } from '../../../snippets/web-api/error-responses/domain-errors.ts'
import { resolveStatus } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { rightLadder, wrongLadder } from '../../../snippets/web-api/error-responses/instanceof-ladder.ts'

describe('instanceof ladders are order-sensitive', () => {
  const err = new RateLimitError('Too many requests')

  it('the wrong ladder turns RateLimitError into a generic 4xx without Retry-After', () => {
    expect(wrongLadder(err)).toEqual({ status: 400, headers: {} })
  })

  it('the right ladder and the map lookup return 429 with Retry-After', () => {
    expect(rightLadder(err)).toEqual({ status: 429, headers: { 'Retry-After': '60' } })
    expect(resolveStatus(err)).toBe(429)
    expect(rightLadder(new NotFoundError('x')).status).toBe(404)
    expect(rightLadder(new Error('x')).status).toBe(500)
  })

  it('the demo prints the three answers', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/instanceof-ladder.demo.ts'))
    expect(lines).toEqual([
      'wrong ladder: 400 Retry-After=(none)',
      'right ladder: 429 Retry-After=60',
      'status map (prototype walk): 429',
    ])
  })
})
