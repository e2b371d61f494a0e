import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { getUserCoupled, getUserDecoupled } from '../../../snippets/web-api/error-responses/coupling.ts'
import { NotFoundError } from '../../../snippets/web-api/error-responses/domain-errors.ts'

describe('the coupling problem', () => {
  it('the coupled service throws an HTTP status at a caller that may not speak HTTP', () => {
    expect(() => getUserCoupled(42)).toThrow(HTTPException)
    try {
      getUserCoupled(42)
    }
    catch (err) {
      expect(err instanceof HTTPException && err.status).toBe(404)
    }
  })

  it('the decoupled service throws a domain error a CLI or a worker can handle', () => {
    expect(() => getUserDecoupled(42)).toThrow(NotFoundError)
    expect(() => getUserDecoupled(42)).toThrow('User 42 not found')
  })
})
