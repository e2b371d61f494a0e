// The composition root: every long-lived service arrives in ONE typed `deps` object, and the app
// closes over it. Tests build a fresh app with fakes; there is no global override map to reset.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { NotFoundError } from '../error-responses/domain-errors.ts'
import { type ProblemDetailsOptions, useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'
import { createCountingPool, type Pool, withDbHandle } from './handle-scope.ts'

export interface User { id: number, name: string, createdAt: string }

// #region deps-interface
export interface Settings { appName: string, maxBodyBytes: number }
export interface Clock { now: () => Date }
export interface UserRepo {
  findById: (id: number) => Promise<User | undefined>
  create: (name: string, createdAt: Date) => Promise<User>
}

/** Everything the app needs from the outside world, and nothing else. */
export interface Deps {
  settings: Settings
  db: Pool
  clock: Clock
  userRepo: UserRepo
}
// #endregion deps-interface

const notFound = (message: string): never => {
  throw new NotFoundError(message)
}
const userId = z.object({ id: z.coerce.number().int().positive() })
const newUser = z.strictObject({ name: z.string().trim().min(1).max(50) }) // unknown keys → 422

// #region create-app
export function createApp(deps: Deps, errors: ProblemDetailsOptions = {}) {
  const app = new Hono()
  app.use(bodyLimit({ maxSize: deps.settings.maxBodyBytes }))
  app.get('/health', withDbHandle(deps.db), async c => // a request-scoped handle
    c.json({ app: deps.settings.appName, db: await c.var.handle.query('select 1') }))
  app.get('/users/:id', zValidator('param', userId, validationHook), async (c) => {
    const { id } = c.req.valid('param')
    const user = await deps.userRepo.findById(id) // the injected repo, real or fake
    return user ? c.json(user) : notFound(`User ${id} not found`)
  })
  app.post('/users', zValidator('json', newUser, validationHook), async (c) => {
    const user = await deps.userRepo.create(c.req.valid('json').name, deps.clock.now())
    return c.json(user, 201, { location: `/users/${user.id}` })
  })
  return useProblemDetails(app, errors)
}
// #endregion create-app

/** An in-memory repository: each call makes a new, unshared store. */
export function inMemoryUserRepo(seed: readonly User[] = []): UserRepo & { calls: number } {
  const users = new Map(seed.map(user => [user.id, user]))
  let nextId = Math.max(0, ...users.keys()) + 1
  const repo = {
    calls: 0,
    async findById(id: number) {
      repo.calls++
      return users.get(id)
    },
    async create(name: string, createdAt: Date) {
      repo.calls++
      const user = { id: nextId++, name, createdAt: createdAt.toISOString() }
      users.set(user.id, user)
      return user
    },
  }
  return repo
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) })

// #region overrides
/** Fakes for every dependency; a test overrides only what it is about. */
export function testDeps(overrides: Partial<Deps> = {}): Deps {
  return {
    settings: { appName: 'products-test', maxBodyBytes: 8 * 1024 },
    db: createCountingPool(),
    clock: fixedClock('2026-01-01T09:00:00.000Z'),
    userRepo: inMemoryUserRepo([{ id: 1, name: 'alice', createdAt: '2025-12-24T00:00:00Z' }]),
    ...overrides,
  }
}
// #endregion overrides
