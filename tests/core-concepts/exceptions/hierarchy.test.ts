import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { AppError, createUsersApp, DatabaseError, NotFoundError, ValidationError } from '../../../snippets/core-concepts/exceptions/hierarchy.ts'

describe('hierarchy: classes', () => {
  it.each([
    [ValidationError, 'ValidationError', 422],
    [NotFoundError, 'NotFoundError', 404],
    [DatabaseError, 'DatabaseError', 503],
    [AppError, 'AppError', 500],
  ] as const)('%o: instanceof works, name is the class name', (Class, name, status) => {
    const err = new Class('boom', { cause: 'root' })
    expect(err).toBeInstanceOf(Class)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toBeInstanceOf(Error)
    expect(err.name).toBe(name)
    expect(err.status).toBe(status)
    expect(err.cause).toBe('root')
    expect(String(err)).toBe(`${name}: boom`)
    expect(err.stack?.split('\n')[0]).toBe(`${name}: boom`)
  })

  it('subclasses are distinct', () => {
    expect(new NotFoundError('x')).not.toBeInstanceOf(ValidationError)
  })
})

describe('hierarchy: HTTP boundary mapping', () => {
  function appWithLog() {
    const logged: Array<{ err: unknown, msg: string }> = []
    const app = createUsersApp({ error: ({ err }, msg) => logged.push({ err, msg }) })
    return { app, logged }
  }

  it('NotFoundError becomes 404 with its code', async () => {
    const { app, logged } = appWithLog()
    const res = await app.request('/users/7')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'NOT_FOUND', message: 'user 7 not found' })
    expect(logged).toEqual([])
  })

  it('ValidationError becomes 422', async () => {
    const { app } = appWithLog()
    const res = await app.request('/users', { method: 'POST' })
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({ error: 'VALIDATION_FAILED', message: 'email is required' })
  })

  it('an unknown error becomes a generic 500, is logged once, and leaks nothing', async () => {
    const { app, logged } = appWithLog()
    const res = await app.request('/report')
    expect(res.status).toBe(500)
    const body = await res.text()
    expect(JSON.parse(body)).toEqual({ error: 'INTERNAL', message: 'Internal Server Error' })
    expect(body).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|report_ro/)
    expect(logged).toHaveLength(1)
    expect(logged[0]?.msg).toBe('unhandled error')
    expect(logged[0]?.err).toBeInstanceOf(Error)
    expect(logged[0]?.err).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') })
  })

  it('demo prints the three responses', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/hierarchy.demo.ts'))
    expect(lines).toEqual([
      'GET /users/7 -> 404 {"error":"NOT_FOUND","message":"user 7 not found"}',
      'POST /users -> 422 {"error":"VALIDATION_FAILED","message":"email is required"}',
      '[log] unhandled error',
      'GET /report -> 500 {"error":"INTERNAL","message":"Internal Server Error"}',
    ])
  })
})
