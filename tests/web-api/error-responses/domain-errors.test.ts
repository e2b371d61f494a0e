import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { importSpecifiers } from '../../../scripts/lib/check-decks.ts'
import {
  AppError, ConflictError, ErrorCode, ErrorCodeSchema, ExternalServiceError, NotFoundError,
  RateLimitError, UpstreamTimeoutError, UserService,
} from '../../../snippets/web-api/error-responses/domain-errors.ts'

describe('domain errors', () => {
  it('NotFoundError is an AppError and an Error, with name and default code set', () => {
    const err = new NotFoundError('User 42 not found')
    expect(err).toBeInstanceOf(AppError)
    expect(err).toBeInstanceOf(Error)
    expect(err.name).toBe('NotFoundError')
    expect(err.code).toBe('NOT_FOUND')
    expect(err.details).toEqual([])
    expect(String(err)).toBe('NotFoundError: User 42 not found')
  })

  it('lets the code be overridden and preserves the cause', () => {
    const root = new Error('connection refused')
    const err = new ConflictError('Email taken', { code: ErrorCode.EMAIL_TAKEN, cause: root })
    expect(err.code).toBe('EMAIL_TAKEN')
    expect(err.cause).toBe(root)
  })

  it('carries retry and service context on the errors that need it', () => {
    expect(new RateLimitError('slow down').retryAfterSeconds).toBe(60)
    const timeout = new UpstreamTimeoutError('llm', 'too slow')
    expect(timeout).toBeInstanceOf(ExternalServiceError)
    expect(timeout).toMatchObject({ service: 'llm', code: 'UPSTREAM_TIMEOUT', extensions: { service: 'llm' } })
  })

  it('codes are a closed set: the schema refuses a typo', () => {
    expect(ErrorCodeSchema.safeParse('USER_NOT_FOUND').success).toBe(true)
    expect(ErrorCodeSchema.safeParse('USR_NOT_FOUND').success).toBe(false)
    expect(z.toJSONSchema(ErrorCodeSchema)).toMatchObject({ enum: expect.arrayContaining(['USER_NOT_FOUND', 'INTERNAL_ERROR']) })
  })
})

describe('the service', () => {
  it('throws NotFoundError for a missing user and ConflictError for a duplicate email', () => {
    const users = new UserService()
    expect(users.getUser(1).email).toBe('ada@example.com')
    expect(() => users.getUser(42)).toThrow(NotFoundError)
    expect(() => users.createUser('ada@example.com')).toThrow(ConflictError)
    expect(users.createUser('grace@example.com')).toEqual({ id: 2, email: 'grace@example.com' })
  })

  it('imports nothing from Hono (its module knows no HTTP)', () => {
    const source = readFileSync(new URL('../../../snippets/web-api/error-responses/domain-errors.ts', import.meta.url), 'utf8')
    expect(importSpecifiers(source)).toEqual(['zod'])
  })
})
