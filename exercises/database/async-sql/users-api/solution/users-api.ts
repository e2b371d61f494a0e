// Users API on Drizzle: a repository that returns plain rows, routes that shape responses with
// zod, and `db` passed in through the app factory.
import { and, asc, eq, ilike, inArray } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { findCause, hasCode } from '../../../../../snippets/core-concepts/exceptions/cause-chain.ts'
import { type AppDb, type User, users } from '../../../../../snippets/database/async-sql/schema.ts'
import { ConflictError, ErrorCode, NotFoundError } from '../../../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { validate } from '../../../../../snippets/web-api/validation/validation-hook.ts'

export const UserCreate = z.strictObject({ email: z.email().max(255), name: z.string().trim().min(1).max(100) })
export const UserOut = z.object({ id: z.number(), email: z.string(), name: z.string(), isActive: z.boolean() })
export const PostOut = z.object({ id: z.number(), title: z.string() })
export const UserWithPostsOut = UserOut.extend({ posts: z.array(PostOut) })
export const ListQuery = z.object({
  active: z.enum(['true', 'false']).transform(v => v === 'true').optional(),
  search: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type ListQuery = z.output<typeof ListQuery>

const escapeLike = (term: string) => term.replace(/[\\%_]/g, ch => `\\${ch}`)

export class UsersRepo {
  readonly #db: AppDb
  constructor(db: AppDb) { this.#db = db }

  async create(input: { email: string, name: string }): Promise<User> {
    try {
      const [user] = await this.#db.insert(users).values(input).returning()
      return user!
    }
    catch (err) {
      if (findCause(err, (e): e is Error & { code: string } => hasCode(e, '23505')))
        throw new ConflictError('Email already registered', { code: ErrorCode.EMAIL_TAKEN, cause: err })
      throw err
    }
  }

  async get(id: number): Promise<User | undefined> {
    const [user] = await this.#db.select().from(users).where(eq(users.id, id))
    return user
  }

  async list({ active, search, offset, limit }: ListQuery): Promise<{ items: User[], total: number }> {
    const where = and(
      active === undefined ? undefined : eq(users.isActive, active),
      search ? ilike(users.name, `%${escapeLike(search)}%`) : undefined,
    )
    const [items, total] = await Promise.all([
      this.#db.select().from(users).where(where).orderBy(asc(users.id)).offset(offset).limit(limit),
      this.#db.$count(users, where),
    ])
    return { items, total }
  }

  async deactivateMany(ids: number[]): Promise<number> {
    if (ids.length === 0)
      return 0
    const rows = await this.#db.update(users).set({ isActive: false })
      .where(inArray(users.id, ids)).returning({ id: users.id })
    return rows.length
  }

  listWithPosts() {
    return this.#db.query.users.findMany({ orderBy: [asc(users.id)], with: { posts: true } })
  }
}

const IdParam = z.object({ id: z.coerce.number().int().positive() })
const DeactivateBody = z.strictObject({ ids: z.array(z.number().int().positive()).max(1_000) })

export function createUsersApi({ db }: { db: AppDb }) {
  const repo = new UsersRepo(db)
  const app = useProblemDetails(new Hono())
  app.post('/users', validate('json', UserCreate), async (c) => {
    return c.json(UserOut.parse(await repo.create(c.req.valid('json'))), 201)
  })
  app.get('/users', validate('query', ListQuery), async (c) => {
    const { items, total } = await repo.list(c.req.valid('query'))
    return c.json({ items: items.map(u => UserOut.parse(u)), total })
  })
  app.get('/users/:id', validate('param', IdParam), async (c) => {
    const user = await repo.get(c.req.valid('param').id)
    if (!user)
      throw new NotFoundError('User not found')
    return c.json(UserOut.parse(user))
  })
  app.post('/users/deactivate', validate('json', DeactivateBody), async (c) => {
    return c.json({ count: await repo.deactivateMany(c.req.valid('json').ids) })
  })
  app.get('/users-with-posts', async (c) => {
    return c.json((await repo.listWithPosts()).map(u => UserWithPostsOut.parse(u)))
  })
  return app
}
