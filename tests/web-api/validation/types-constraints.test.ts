import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../../tests/support/capture-console.ts'
import { AnyUrl, floatSurprise, Optionality, Price, PriceCents, Product, WebLink } from '../../../snippets/web-api/validation/types-constraints.ts'

const valid = { name: 'Keyboard', price: 99.99, sku: 'AB-1234' }

describe('constraints', () => {
  it('name of 0 or 201 chars is rejected', () => {
    expect(Product.safeParse({ ...valid, name: '' }).success).toBe(false)
    expect(Product.safeParse({ ...valid, name: 'x'.repeat(201) }).success).toBe(false)
    expect(Product.safeParse({ ...valid, name: 'x'.repeat(200) }).success).toBe(true)
  })

  it('price 0 is rejected; quantity defaults to 0 and 10001 is rejected', () => {
    expect(Product.safeParse({ ...valid, price: 0 }).success).toBe(false)
    expect(Product.parse(valid)).toMatchObject({ quantity: 0, tags: [] })
    expect(Product.safeParse({ ...valid, quantity: 10_001 }).success).toBe(false)
  })

  it('SKU AB-1234 passes, ab-1234 fails with the custom message', () => {
    const bad = Product.safeParse({ ...valid, sku: 'ab-1234' })
    expect(bad.error?.issues[0]?.message).toBe('SKU looks like AB-1234')
    expect(Product.safeParse({ ...valid, step: 1.25 }).success).toBe(false)
  })

  it('z.httpUrl rejects a javascript: URL that z.url accepts', () => {
    expect(AnyUrl.safeParse('javascript:alert(1)').success).toBe(true)
    expect(WebLink.safeParse('javascript:alert(1)').success).toBe(false)
    expect(WebLink.safeParse('https://example.com/a').success).toBe(true)
  })

  it('money as a float is rejected in favour of a decimal string or cents', () => {
    expect(floatSurprise).not.toBe(0.3)
    expect(Price.safeParse(19.99).success).toBe(false)
    expect(Price.parse('19.99')).toBe('19.99')
    expect(PriceCents.safeParse(19.99).success).toBe(false)
    expect(PriceCents.parse(1999)).toBe(1999)
  })
})

describe('optionality', () => {
  it('{} fails for required and required-nullable, passes for the defaulted forms', () => {
    expect(Optionality.required.safeParse({}).success).toBe(false)
    expect(Optionality.requiredNullable.safeParse({}).success).toBe(false)
    expect(Optionality.defaulted.parse({})).toEqual({ nickname: 'hi' })
    expect(Optionality.defaultNull.parse({})).toEqual({ nickname: null })
  })

  it('.optional() rejects null, .nullish() accepts it', () => {
    expect(Optionality.optional.safeParse({ nickname: null }).success).toBe(false)
    expect(Optionality.nullish.parse({ nickname: null })).toEqual({ nickname: null })
  })

  it('the demo prints the table', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/validation/optionality.demo.ts'))
    expect(lines).toHaveLength(6)
    expect(lines[1]).toBe('requiredNullable {} -> rejected           null -> {"nickname":null}')
  })
})
