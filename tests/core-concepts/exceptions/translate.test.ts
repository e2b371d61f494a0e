import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { AppError } from '../../../snippets/core-concepts/exceptions/hierarchy.ts'
import { DriverError, EmailTakenError, registerUser } from '../../../snippets/core-concepts/exceptions/translate.ts'

const failingRepo = (err: unknown) => ({ insert: async (): Promise<never> => { throw err } })

describe('translate: driver error to domain error with cause', () => {
  it('a unique violation becomes EmailTakenError whose cause is the exact driver error', async () => {
    const driverError = new DriverError('duplicate key value violates unique constraint "users_email_key"', '23505')
    const err: unknown = await registerUser(failingRepo(driverError), 'ada@example.com').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EmailTakenError)
    expect(err).toBeInstanceOf(AppError)
    if (!(err instanceof EmailTakenError))
      throw new Error('unreachable')
    expect(err.cause).toBe(driverError)
    expect(err.name).toBe('EmailTakenError')
    expect(err.code).toBe('EMAIL_TAKEN')
    expect(err.message).not.toContain('constraint')   // no SQL detail for callers
  })

  it('an unrelated driver error passes through untouched (same object)', async () => {
    const fkViolation = new DriverError('insert violates foreign key constraint', '23503')
    await expect(registerUser(failingRepo(fkViolation), 'ada@example.com')).rejects.toBe(fkViolation)
    const notAnError = { code: '23505' }   // has the code but is no Error: not understood
    await expect(registerUser(failingRepo(notAnError), 'ada@example.com')).rejects.toBe(notAnError)
  })

  it('success returns the repository result', async () => {
    const repo = { insert: async (email: string) => ({ id: 1, email }) }
    await expect(registerUser(repo, 'ada@example.com')).resolves.toEqual({ id: 1, email: 'ada@example.com' })
  })

  it('demo prints the new error and the cause code', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/translate.demo.ts'))
    expect(lines).toEqual(['EmailTakenError (409): email already registered', 'cause is the driver error: true (23505)'])
  })
})
