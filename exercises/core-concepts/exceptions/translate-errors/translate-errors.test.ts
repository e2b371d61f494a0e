import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../snippets/core-concepts/exceptions/hierarchy.ts'
import { createUser, DriverError, EmailTakenError, hasSqlState, UnknownReferenceError } from './translate-errors.ts'
import type { NewUser, UserRepository } from './translate-errors.ts'

/** A repository double that throws what a real PostgreSQL driver would. */
function repoThrowing(err: unknown): UserRepository {
  return { insert: async (): Promise<never> => { throw err } }
}

const user: NewUser = { email: 'ada@example.com', teamId: 7 }
const SQL_WORDS = /duplicate key|constraint|violates|insert|users_email_key|fk_/i

async function failure(repo: UserRepository): Promise<unknown> {
  return createUser(repo, user).then(() => undefined, (err: unknown) => err)
}

describe('translate-errors', () => {
  it('hasSqlState narrows only Errors with the matching code', () => {
    expect(hasSqlState(new DriverError('x', '23505'), '23505')).toBe(true)
    expect(hasSqlState(new DriverError('x', '23503'), '23505')).toBe(false)
    expect(hasSqlState(new Error('no code'), '23505')).toBe(false)
    expect(hasSqlState(undefined, '23505')).toBe(false)
    expect(hasSqlState('23505', '23505')).toBe(false)
  })

  it('23505 becomes EmailTakenError with the driver error as cause', async () => {
    const driver = new DriverError('duplicate key value violates unique constraint "users_email_key"', '23505')
    const err = await failure(repoThrowing(driver))
    expect(err).toBeInstanceOf(EmailTakenError)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ name: 'EmailTakenError', code: 'EMAIL_TAKEN', status: 409 })
    expect(err instanceof Error && err.cause).toBe(driver)
    expect(err instanceof Error && err.message).not.toMatch(SQL_WORDS)
  })

  it('23503 becomes UnknownReferenceError with the driver error as cause', async () => {
    const driver = new DriverError('insert or update on table "users" violates foreign key constraint "fk_team"', '23503')
    const err = await failure(repoThrowing(driver))
    expect(err).toBeInstanceOf(UnknownReferenceError)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ name: 'UnknownReferenceError', code: 'UNKNOWN_REFERENCE', status: 422 })
    expect(err instanceof Error && err.cause).toBe(driver)
    expect(err instanceof Error && err.message).not.toMatch(SQL_WORDS)
  })

  it('every other error is rethrown as the very same object', async () => {
    const connectionLost = new DriverError('terminating connection due to administrator command', '57P01')
    expect(await failure(repoThrowing(connectionLost))).toBe(connectionLost)
    const bug = new TypeError('Cannot read properties of undefined')
    expect(await failure(repoThrowing(bug))).toBe(bug)
  })

  it('success passes the repository result through', async () => {
    await expect(createUser({ insert: async () => ({ id: 42 }) }, user)).resolves.toEqual({ id: 42 })
  })
})
