// The users API every test of this deck exercises. Every dependency arrives through createApp:
// server.ts wires the real ones, tests wire fakes (FastAPI's dependency_overrides, per app).
import { asc, eq, sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { integer, pgTable, text, varchar } from 'drizzle-orm/pg-core'
import type { Context, MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { isUniqueViolation } from '../../database/async-sql/mistakes.ts'
import { AuthenticationError, AuthorizationError, ConflictError, NotFoundError } from '../../web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../web-api/error-responses/error-handler.ts'
import { validate } from '../../web-api/validation/validation-hook.ts'

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  username: varchar('username', { length: 50 }).notNull(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['user', 'admin'] }).notNull().default('user'),
})
/** The one migration of this app (drizzle-kit would generate it). */
export const MIGRATION = sql.raw(`CREATE TABLE users (id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  username varchar(50) NOT NULL, email varchar(255) NOT NULL UNIQUE, password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')))`)

/** pg pool, PGlite, a PGlite clone or an open transaction: the routes cannot tell. */
export type Db = PgDatabase<PgQueryResultHKT>

// #region deps
export interface CurrentUser { id: number, username: string, role: 'user' | 'admin' }

export interface Auth {
  /** The caller, or null when the request proves nothing. */
  authenticate: (c: Context) => Promise<CurrentUser | null>
}
export interface Passwords { hash: (plain: string) => Promise<string> }

export interface Deps {
  db: Db           // production: Drizzle over the pg pool
  auth: Auth       // production: JWT verified with jose
  passwords: Passwords // production: argon2id
}
// #endregion deps

export const UserCreate = z.strictObject({
  username: z.string().trim().min(1).max(50),
  email: z.email().max(255),
  password: z.string().min(8).max(1024),
})
export const UserPatch = UserCreate.pick({ username: true, email: true }).partial()
/** What leaves the API: strict, so a leaked column fails every test that parses it. */
export const UserOut = z.strictObject({ id: z.number().int(), username: z.string(), email: z.string(), role: z.enum(['user', 'admin']) })
const IdParam = z.object({ id: z.coerce.number().int().positive() })
const Page = z.object({ page: z.coerce.number().int().min(1).default(1), size: z.coerce.number().int().min(1).max(100).default(10) })
const out = { id: users.id, username: users.username, email: users.email, role: users.role }

type Env = { Variables: { user: CurrentUser } }
const requireUser = (auth: Auth): MiddlewareHandler<Env> => async (c, next) => {
  const user = await auth.authenticate(c)
  if (!user) throw new AuthenticationError('Not authenticated')
  c.set('user', user)
  await next()
}
const requireAdmin: MiddlewareHandler<Env> = async (c, next) => {
  if (c.get('user').role !== 'admin') throw new AuthorizationError('Admins only')
  await next()
}
const conflictOnDuplicate = (err: unknown): never => {
  if (isUniqueViolation(err)) throw new ConflictError('A user with this email already exists', { cause: err })
  throw err
}

// #region factory
export function createApp({ db, auth, passwords }: Deps) {
  const admin = [requireUser(auth), requireAdmin] as const
  const routes = new Hono<Env>() // chained, so testClient(app) sees every route's types
    .get('/', c => c.json({ message: 'hello' }))
    .get('/users', validate('query', Page), async (c) => {
      const { page, size } = c.req.valid('query')
      return c.json(await db.select(out).from(users).orderBy(asc(users.id))
        .limit(size).offset((page - 1) * size))
    })
    .post('/users', validate('json', UserCreate), async (c) => {
      const { password, ...fields } = c.req.valid('json')
      const values = { ...fields, passwordHash: await passwords.hash(password) }
      const [user] = await db.insert(users).values(values).returning(out)
        .catch(conflictOnDuplicate)
      return c.json(user!, 201)
    })
  // #endregion factory
  // #region factory-rest
    .get('/users/:id', validate('param', IdParam),
      async c => c.json(await findUser(db, c.req.valid('param').id)))
    .patch('/users/:id', validate('param', IdParam), validate('json', UserPatch), async (c) => {
      const { id } = c.req.valid('param')
      const [user] = await db.update(users).set(c.req.valid('json')).where(eq(users.id, id))
        .returning(out).catch(conflictOnDuplicate)
      return c.json(user ?? await findUser(db, id))
    })
    .delete('/users/:id', ...admin, validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param')
      const [gone] = await db.delete(users).where(eq(users.id, id)).returning(out)
      if (!gone) throw new NotFoundError('User not found')
      return c.body(null, 204)
    })
    .get('/me', requireUser(auth), c => c.json(c.get('user')))
    .get('/admin/stats', ...admin, async c => c.json({ users: await db.$count(users) }))
  return useProblemDetails(routes) // 401/403/404/409/422 as one problem body
}
// #endregion factory-rest

async function findUser(db: Db, id: number) {
  const [user] = await db.select(out).from(users).where(eq(users.id, id))
  if (!user) throw new NotFoundError('User not found')
  return user
}
export type App = ReturnType<typeof createApp>
