import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { captureConsole } from '../../support/capture-console.ts'
import { Address, ApiPayload, Article, DateRange, Signup, UserInput } from '../../../snippets/web-api/validation/validators.ts'

const user = { name: 'Ada', email: 'ada@example.com', age: 36, username: 'ada', displayName: 'Ada L' }
const paths = (r: { error?: z.ZodError }) => r.error?.issues.map(i => i.path.join('.'))

describe('field validators', () => {
  it('rejects a blank name and trims a padded one; lower-cases the email', () => {
    expect(UserInput.safeParse({ ...user, name: '   ' }).error?.issues[0]?.message).toBe('Name must not be blank')
    expect(UserInput.parse({ ...user, name: '  Ada  ', email: ' ADA@Example.COM ' })).toMatchObject({ name: 'Ada', email: 'ada@example.com' })
  })

  it('rejects age 151 and a username with spaces; transforms the display name', () => {
    expect(paths(UserInput.safeParse({ ...user, age: 151 }))).toEqual(['age'])
    expect(paths(UserInput.safeParse({ ...user, username: 'a b' }))).toEqual(['username'])
    expect(UserInput.parse({ ...user, displayName: 'Ada    L' }).displayName).toBe('Ada L')
  })

  it('one rule serves many fields', () => {
    expect(paths(Address.safeParse({ city: ' ', state: 'CA', country: '' }))).toEqual(['city', 'country'])
    expect(Address.parse({ city: ' SF ', state: 'CA', country: 'US' }).city).toBe('SF')
  })

  it('"a, b" and ["a","b"] both give ["a","b"]', () => {
    expect(Article.parse({ title: 't', tags: 'a, b' }).tags).toEqual(['a', 'b'])
    expect(Article.parse({ title: 't', tags: ['a', 'b'] }).tags).toEqual(['a', 'b'])
  })

  it('DateRange with end before start reports path ["end_date"]', () => {
    const r = DateRange.safeParse({ start_date: '2025-05-02', end_date: '2025-05-01' })
    expect(r.error?.issues.map(i => [i.path, i.message])).toEqual([[['end_date'], 'end_date must be after start_date']])
  })
})

describe('password confirmation on the object', () => {
  it('reports a mismatch on password_confirm', () => {
    const r = Signup.safeParse({ email: 'ada@example.com', password: 'correct horse', password_confirm: 'battery staple' })
    expect(paths(r)).toEqual(['password_confirm'])
  })

  it('with `when`, the mismatch appears together with an unrelated email error', () => {
    const r = Signup.safeParse({ email: 42, password: 'correct horse', password_confirm: 'battery staple' })
    expect(paths(r)).toEqual(['email', 'password_confirm'])
  })

  it('without `when`, the object check is skipped once a field has the wrong type', () => {
    const NoWhen = z.object({ email: z.email(), password: z.string(), password_confirm: z.string() })
      .refine(s => s.password === s.password_confirm, { error: 'Passwords do not match', path: ['password_confirm'] })
    expect(paths(NoWhen.safeParse({ email: 42, password: 'a', password_confirm: 'b' }))).toEqual(['email'])
    // A failed format check (not an email) does not abort: the object check still runs.
    expect(paths(NoWhen.safeParse({ email: 'nope', password: 'a', password_confirm: 'b' }))).toEqual(['email', 'password_confirm'])
  })
})

describe('pre-model key map', () => {
  it('{userName, userEmail} parses into snake_case fields', () => {
    expect(ApiPayload.parse({ userName: 'ada', userEmail: 'ada@example.com' })).toEqual({ user_name: 'ada', user_email: 'ada@example.com' })
    expect(ApiPayload.safeParse({ userName: 'ada', userEmail: 'ada@example.com', isAdmin: true }).success).toBe(false)
  })

  it('the demos print what the slides say', async () => {
    expect(await captureConsole(() => import('../../../snippets/web-api/validation/preprocess.demo.ts'))).toEqual([
      '"llm, backend ,  " -> ["llm","backend"]',
      '["llm","backend"] -> ["llm","backend"]',
      '42 -> Invalid input: expected array, received number',
    ])
    const keyMap = await captureConsole(() => import('../../../snippets/web-api/validation/key-map.demo.ts'))
    expect(keyMap[0]).toBe('{"user_name":"ada","user_email":"ada@example.com"}')
    expect(keyMap.slice(2)).toEqual(['user_name: Too small: expected string to have >=1 characters\nuser_email: Invalid email address'])
  })
})
