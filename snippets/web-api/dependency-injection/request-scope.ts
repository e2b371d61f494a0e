// Request-scoped values: middleware computes a value and stores it on the context (typed
// Variables); the handler reads c.var. Plus a per-request memo for values two consumers share.
import { zValidator } from '@hono/zod-validator'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

// #region simple
type UserEnv = { Variables: { user: { username: string } } }

/** FastAPI's `get_user()`: runs for every request that lists it. */
export const withUser = createMiddleware<UserEnv>(async (c, next) => {
  c.set('user', { username: 'alice' })
  await next()
})

export const profileApp = new Hono()
profileApp.get('/profile', withUser, c => c.json(c.var.user))
// #endregion simple

type CtxEnv = { Variables: { ctx: { user_id: number, token: string } } }
type Validated = { out: { param: { userId: number }, header: { authorization: string } } }

// #region context-dep
const userParam = z.object({ userId: z.coerce.number().int().positive() })
const authHeader = z.object({ authorization: z.string().min(1) }) // the name is written out

/** Runs after the param and header validators, and reads what they parsed. */
export const withContext = createMiddleware<CtxEnv, string, Validated>(async (c, next) => {
  const { userId } = c.req.valid('param')
  const { authorization } = c.req.valid('header')
  c.set('ctx', { user_id: userId, token: authorization })
  await next()
})

export const contextApp = useProblemDetails(new Hono())
contextApp.get('/users/:userId', zValidator('param', userParam, validationHook),
  zValidator('header', authHeader, validationHook), withContext, c => c.json(c.var.ctx))
// #endregion context-dep

type Slot<T> = WeakMap<Context, { value: T }>

// #region provide
/** One slot per dependency; an entry lives exactly as long as its request's Context. */
export const requestSlot = <T>() => new WeakMap<Context, { value: T }>()

/** FastAPI's per-request cache: the factory runs at most once per request. */
export function provide<T>(c: Context, slot: Slot<T>, factory: () => T): T {
  let box = slot.get(c)
  if (!box) {
    box = { value: factory() }
    slot.set(c, box)
  }
  return box.value
}
// #endregion provide

export interface Flags { beta: boolean, loadedBy: number }

/** Two consumers (a middleware and the handler) of one memoised dependency, and an uncached route. */
export function createFlagsApp(loadFlags: () => Flags) {
  const flags = requestSlot<Flags>()
  const app = new Hono()
  const audit = createMiddleware(async (c, next) => {
    c.header('x-beta', String(provide(c, flags, loadFlags).beta)) // consumer 1
    await next()
  })
  app.get('/cached', audit, c => c.json(provide(c, flags, loadFlags))) // consumer 2: same object
  app.get('/uncached', c => c.json([loadFlags(), loadFlags()])) // use_cache=False: call it directly
  return app
}
