import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import {
  FrozenUser, Profile, profileFromWire, profileToWire, Str, UserCreateLoose, UserCreateStrict, UserCreateStripping,
} from '../../../snippets/web-api/validation/config-equivalents.ts'

const input = { name: 'Mallory', email: 'm@example.com', is_admin: true }

describe('extra keys, casing, frozen values', () => {
  it('the default object strips is_admin silently', () => {
    expect(UserCreateStripping.parse(input)).toEqual({ name: 'Mallory', email: 'm@example.com' })
  })

  it('the strict object rejects it with an unrecognized-key issue', () => {
    const issue = UserCreateStrict.safeParse(input).error?.issues[0]
    expect(issue).toMatchObject({ code: 'unrecognized_keys', keys: ['is_admin'] })
  })

  it('the loose object keeps it', () => {
    expect(UserCreateLoose.parse(input)).toEqual(input)
  })

  it('maps snake_case wire keys in and out', () => {
    const profile = profileFromWire({ first_name: 'Ada', last_name: 'Lovelace' })
    expect(profile).toEqual({ firstName: 'Ada', lastName: 'Lovelace' })
    expect(profileToWire(profile)).toEqual({ first_name: 'Ada', last_name: 'Lovelace' })
    expect(() => profileFromWire({ first_name: 'Ada', last_name: 'L', role: 'admin' })).toThrow(/Unrecognized key/)
    expect(Profile.safeParse({ first_name: 'Ada' }).success).toBe(false)
  })

  it('assigning to a readonly parsed value throws in strict mode', () => {
    const frozen = FrozenUser.parse({ name: 'Ada', age: 36 })
    expect(Object.isFrozen(frozen)).toBe(true)
    expect(Reflect.set(frozen, 'age', -5)).toBe(false)
    expect(() => {
      (frozen as { age: number }).age = -5 // ES modules are strict: a frozen object throws
    }).toThrow(TypeError)
  })

  it('the Str helper trims before it checks lengths', () => {
    expect(Str().parse('  Ada  ')).toBe('Ada')
    expect(Str().safeParse('   ').success).toBe(false)
    expect(Str(3).safeParse('abcd').success).toBe(false)
  })

  it('the demo prints the three policies', async () => {
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/strict.demo.ts'))).toEqual([
      'z.object        -> {"name":"Mallory","email":"m@example.com"}',
      'z.strictObject  -> Unrecognized key: "is_admin"',
      'z.looseObject   -> {"name":"Mallory","email":"m@example.com","is_admin":true}',
    ])
  })
})
