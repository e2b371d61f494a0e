// A dependency hierarchy as a middleware LIST: db before currentUser before the handler.
// FastAPI resolves a graph; Hono runs the chain in the order you wrote it.
import { Hono } from 'hono'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { AuthenticationError } from '../error-responses/domain-errors.ts'
import { type ProblemDetailsOptions, useProblemDetails } from '../error-responses/error-handler.ts'

export interface Db { findUser: (id: string) => Promise<{ id: string, name: string } | undefined> }
type Vars = { db: Db, user: { id: string, name: string } }
type ChainEnv = { Variables: Vars }

/** Hono types c.var from the declared Env, not from what actually ran: check at runtime. */
export function need<K extends keyof Vars>(c: Context<ChainEnv>, key: K, by: string): Vars[K] {
  const value: Vars[K] | undefined = c.get(key)
  if (value === undefined)
    throw new Error(`${by} needs "${key}", which no earlier middleware set: check the chain order`)
  return value
}

export function createHierarchyApp(db: Db, record: (step: string) => void, errors: ProblemDetailsOptions = {}) {
  const withDb = createMiddleware<ChainEnv>(async (c, next) => {
    record('db')
    c.set('db', db)
    await next()
  })
  // #region hierarchy
  const withCurrentUser = createMiddleware<ChainEnv>(async (c, next) => {
    record('user')
    const db = need(c, 'db', 'currentUser') // set by withDb, if it ran first
    const user = await db.findUser(c.req.header('x-user-id') ?? '')
    if (!user)
      throw new AuthenticationError('Unknown user')
    c.set('user', user)
    await next()
  })
  const app = new Hono<ChainEnv>()
  app.get('/me', withDb, withCurrentUser, (c) => { // order = dependency order
    record('handler')
    return c.json(c.var.user)
  })
  // #endregion hierarchy
  app.get('/me-swapped', withCurrentUser, withDb, c => c.json(c.var.user)) // compiles; fails at runtime
  return useProblemDetails(app, errors)
}
