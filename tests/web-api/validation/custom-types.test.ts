import { describe, expect, expectTypeOf, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import {
  charge, CurrencyCode, ListQuery, NonEmptyStr, PageSize, Percentage, PhoneNumber, PositiveAmount, Product, Review,
} from '../../../snippets/web-api/validation/custom-types.ts'

describe('reusable constrained schemas', () => {
  it('Percentage 101 is rejected; PageSize defaults to 20', () => {
    expect(Percentage.safeParse(101).success).toBe(false)
    expect(PageSize.parse(undefined)).toBe(20)
    expect(ListQuery.parse({})).toEqual({ page_size: 20 })
    expect(PageSize.safeParse(101).success).toBe(false)
  })

  it('Product and Review share the same rules', () => {
    expect(Product.safeParse({ name: ' ', price: 1, discount: 5 }).success).toBe(false)
    expect(Review.safeParse({ body: 'x'.repeat(501), score: 5 }).success).toBe(false)
    expect(NonEmptyStr.parse('  ok ')).toBe('ok')
  })
})

describe('custom types', () => {
  it('"+1 (234) 567-8901" becomes "+12345678901"; "123" is rejected', () => {
    expect(PhoneNumber.parse('+1 (234) 567-8901')).toBe('+12345678901')
    expect(PhoneNumber.safeParse('123').success).toBe(false)
  })

  it('"usd" becomes a branded "USD"; "US" and "U5D" are rejected', () => {
    const usd = CurrencyCode.parse('usd')
    expect(usd).toBe('USD')
    expect(charge(5, usd)).toBe('5.00 USD')
    expect(CurrencyCode.safeParse('US').success).toBe(false)
    expect(CurrencyCode.safeParse('U5D').success).toBe(false)
    expectTypeOf<string>().not.toExtend<CurrencyCode>() // a plain string does not fit
  })

  it('PositiveAmount refuses negatives and sub-cent amounts', () => {
    expect(PositiveAmount.safeParse(-1).success).toBe(false)
    expect(PositiveAmount.safeParse(1.005).success).toBe(false)
    expect(PositiveAmount.parse(19.99)).toBe(19.99)
  })

  it('the demo prints what the slide says', async () => {
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/custom-types.demo.ts'))).toEqual([
      '+12345678901', '"123" rejected: too short', '19.99 USD', 'US: rejected', 'U5D: rejected',
    ])
  })
})
