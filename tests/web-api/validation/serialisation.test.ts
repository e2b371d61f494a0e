import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { captureConsole } from '../../support/capture-console.ts'
import {
  DecimalCents, Invoice, IsoDate, quirks, UserCard, UserOut, UserPublic, UserRow, withoutNulls,
} from '../../../snippets/web-api/validation/serialisation.ts'

const row = UserRow.parse({ id: 1, name: 'Ada', email: 'ada@example.com', password_hash: '$argon2id$x', address: { street: '1 Loom', zip_code: '12345' } })

describe('serialisation', () => {
  it('JSON.stringify: undefined keys vanish, Date becomes ISO, Set becomes {}, BigInt throws', () => {
    expect(quirks.undefinedKey).toBe('{"a":1}')
    expect(quirks.date).toBe('{"at":"2025-01-02T00:00:00.000Z"}')
    expect(quirks.set).toBe('{"tags":{}}')
    expect(quirks.nan).toBe('{"ratio":null}')
    expect(quirks.bigint).toThrow(TypeError)
  })

  it('the output schema drops password_hash; pick keeps only what is named', () => {
    expect(UserOut.parse(row)).not.toHaveProperty('password_hash')
    expect(UserCard.parse(row)).toEqual({ id: 1, name: 'Ada' })
  })

  it('nested omit removes only zip_code', () => {
    expect(UserPublic.parse(row)).toEqual({ id: 1, name: 'Ada', email: 'ada@example.com', address: { street: '1 Loom' } })
  })

  it('withoutNulls drops null values only', () => {
    expect(withoutNulls({ a: 1, b: null, c: 0, d: '' })).toEqual({ a: 1, c: 0, d: '' })
  })

  it('the decimal codec encodes "19.99" and round-trips', () => {
    expect(z.decode(DecimalCents, '19.99')).toBe(1999)
    expect(z.encode(DecimalCents, 1999)).toBe('19.99')
    expect(z.encode(DecimalCents, 5)).toBe('0.05')
    expect(DecimalCents.safeParse('19.9').success).toBe(false)
  })

  it('the ISO datetime codec round-trips', () => {
    const at = z.decode(IsoDate, '2025-01-02T10:00:00.000Z')
    expect(at).toBeInstanceOf(Date)
    expect(z.encode(IsoDate, at)).toBe('2025-01-02T10:00:00.000Z')
    const wire = { total: '1.50', issued_at: '2025-01-02T10:00:00.000Z' }
    expect(z.encode(Invoice, z.decode(Invoice, wire))).toEqual(wire)
  })

  it('the demos print what the slides say', async () => {
    const quirkLines = await captureConsole(() => import('../../../snippets/web-api/validation/json-quirks.demo.ts'))
    expect(quirkLines.at(-1)).toBe('BigInt:        TypeError thrown')
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/codec.demo.ts'))).toEqual([
      'decoded: 1999 cents, a Date: true',
      'encoded: {"total":"20.00","issued_at":"2025-01-02T10:00:00.000Z"}',
    ])
  })
})

describe('returning only what was set', () => {
  it('absent optional keys stay absent; the nullable variant sends nulls', async () => {
    const { ProductOut, ProductOutWithNulls } = await import('../../../snippets/web-api/validation/serialisation.ts')
    expect(JSON.stringify(ProductOut.parse({ name: 'Keyboard', price: 99.99 }))).toBe('{"name":"Keyboard","price":99.99}')
    expect(ProductOutWithNulls.parse({ name: 'Keyboard', price: 99.99 })).toEqual({ name: 'Keyboard', price: 99.99, description: null, tax: null })
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/exclude-unset.demo.ts'))).toEqual([
      'optional keys: {"name":"Keyboard","price":99.99}',
      'with nulls:    {"name":"Keyboard","price":99.99,"description":null,"tax":null}',
    ])
  })
})
