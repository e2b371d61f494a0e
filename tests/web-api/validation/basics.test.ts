import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { CoercedAge, coerceBool, coerceNumber, parseUserJson, StrictAge, stringBool, User } from '../../../snippets/web-api/validation/basics.ts'

describe('zod basics', () => {
  it('{name, email, age: 30} parses with isActive defaulted to true', () => {
    expect(User.parse({ name: 'Ada', email: 'ada@example.com', age: 30 })).toEqual({ name: 'Ada', email: 'ada@example.com', age: 30, isActive: true })
  })

  it('parse throws a ZodError, safeParse returns a result', () => {
    expect(() => User.parse({ name: 'Ada' })).toThrow(/expected string/)
    expect(User.safeParse({ name: 'Ada' }).success).toBe(false)
  })

  it('age "30" fails without coercion and passes with z.coerce', () => {
    expect(StrictAge.safeParse({ age: '30' }).success).toBe(false)
    expect(CoercedAge.parse({ age: '30' })).toEqual({ age: 30 })
  })

  it('malformed JSON text and a schema failure end in the same "invalid payload" result', () => {
    const malformed = parseUserJson('{"name":')
    const invalid = parseUserJson('{"name":"Ada","email":"x","age":1}')
    expect(malformed).toMatchObject({ ok: false, error: 'invalid payload' })
    expect(invalid).toMatchObject({ ok: false, error: 'invalid payload', issues: ['email: Invalid email address'] })
    expect(parseUserJson('{"name":"Ada","email":"ada@example.com","age":1}')).toMatchObject({ ok: true, value: { isActive: true } })
  })

  it('z.stringbool vs z.coerce.boolean on "false", and z.coerce.number on ""', () => {
    expect(coerceBool.parse('false')).toBe(true)
    expect(stringBool.parse('false')).toBe(false)
    expect(stringBool.safeParse('maybe').success).toBe(false)
    expect(coerceNumber.parse('')).toBe(0)
  })

  it('the demos print what the slides say', async () => {
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/basics.demo.ts'))).toEqual([
      'ok: {"name":"Ada","email":"ada@example.com","age":36,"isActive":true}',
      'invalid payload: email: Invalid email address; age: Invalid input: expected number, received string',
      'invalid payload: body is not valid JSON',
    ])
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/coercion.demo.ts'))).toEqual([
      'strict  {age:"30"} -> rejected',
      'coerced {age:"30"} -> {"age":30}',
      'z.coerce.boolean("false") -> true',
      'z.stringbool("false")     -> false',
      'z.coerce.number("")       -> 0',
    ])
  })
})
