// Users API on Drizzle: a repository that returns plain rows, routes that shape responses with
// zod, and `db` passed in through the app factory. Fill in the TODOs (see README.md).
import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { type AppDb, posts, type User, users } from '../../../../snippets/database/async-sql/schema.ts'
import { NotFoundError } from '../../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'
import { validate } from '../../../../snippets/web-api/validation/validation-hook.ts'

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

export class UsersRepo {
  readonly #db: AppDb
  constructor(db: AppDb) { this.#db = db }

  // TODO: insert with returning; a duplicate email (SQLSTATE 23505 somewhere in the cause chain)
  // must become ConflictError('Email already registered', { code: ErrorCode.EMAIL_TAKEN })
  async create(input: { email: string, name: string }): Promise<User> {
    const [user] = await this.#db.insert(users).values(input).returning()
    return user!
  }

  // TODO: select by id; undefined when missing
  async get(id: number): Promise<User | undefined> {
    throw new Error(`TODO: get ${id}`)
  }

  // TODO: optional active filter, case-insensitive name search (escape % and _), ordered by id,
  // offset/limit; `total` counts every match with the same filter (no paging)
  async list(query: ListQuery): Promise<{ items: User[], total: number }> {
    const items = await this.#db.select().from(users).offset(query.offset).limit(query.limit)
    return { items, total: items.length }
  }

  // TODO: one UPDATE ... WHERE id IN (...); return the affected count; 0 without a query for []
  async deactivateMany(ids: number[]): Promise<number> {
    let count = 0
    for (const id of ids) { // N statements, and counts ids that do not exist
      await this.#db.update(users).set({ isActive: false }).where(eq(users.id, id))
      count++
    }
    return count
  }

  // TODO: users with their posts in at most 2 statements (no N+1)
  async listWithPosts() {
    const all = await this.#db.select().from(users).orderBy(asc(users.id))
    const result = []
    for (const user of all)
      result.push({ ...user, posts: await this.#db.query.posts.findMany({ where: eq(posts.authorId, user.id) }) })
    return result
  }
}

const IdParam = z.object({ id: z.coerce.number().int().positive() })
const DeactivateBody = z.strictObject({ ids: z.array(z.number().int().positive()).max(1_000) })

export function createUsersApi({ db }: { db: AppDb }) {
  const repo = new UsersRepo(db)
  const app = useProblemDetails(new Hono())
  app.post('/users', validate('json', UserCreate), async (c) => {
    return c.json(await repo.create(c.req.valid('json')), 201) // TODO: shape with UserOut
  })
  app.get('/users', validate('query', ListQuery), async (c) => {
    const { items, total } = await repo.list(c.req.valid('query'))
    return c.json({ items, total }) // TODO: shape items with UserOut
  })
  app.get('/users/:id', validate('param', IdParam), async (c) => {
    const user = await repo.get(c.req.valid('param').id)
    return c.json(user ?? null) // TODO: 404 NotFoundError('User not found'); shape with UserOut
  })
  app.post('/users/deactivate', validate('json', DeactivateBody), async (c) => {
    return c.json({ count: await repo.deactivateMany(c.req.valid('json').ids) })
  })
  app.get('/users-with-posts', async (c) => {
    return c.json(await repo.listWithPosts()) // TODO: shape with UserWithPostsOut
  })
  return app
}
