// A repository wraps `db` and returns plain rows: handlers stay thin, queries are testable on
// PGlite, and list + total share one filter so they never disagree.
import { Hono } from 'hono'
import { z } from 'zod'
import { NotFoundError } from '../../web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../web-api/error-responses/error-handler.ts'
import { validate } from '../../web-api/validation/validation-hook.ts'
import { createUser, getUser, listUsers, userFilter, type UserFilters } from './crud.ts'
import { getUserWithPosts } from './relations-loading.ts'
import { type AppDb, type NewUser, users } from './schema.ts'
import { eq } from 'drizzle-orm'

// #region class
export class UsersRepository {
  readonly #db: AppDb
  constructor(db: AppDb) { this.#db = db }

  create(input: Pick<NewUser, 'email' | 'name'>) { return createUser(this.#db, input) }
  getById(id: number) { return getUser(this.#db, id) }
  async getByEmail(email: string) {
    const [user] = await this.#db.select().from(users).where(eq(users.email, email))
    return user
  }
  async list(filters: UserFilters, offset = 0, limit = 20) {
    const [items, total] = await Promise.all([
      listUsers(this.#db, filters, offset, limit),
      this.#db.$count(users, userFilter(filters)), // same filter, no paging
    ])
    return { items, total }
  }
  getWithPosts(id: number) { return getUserWithPosts(this.#db, id) }
}
// #endregion class

// #region wiring
const IdParam = z.object({ id: z.coerce.number().int().positive() })

export function createUsersApp({ db }: { db: AppDb }) {
  const repo = new UsersRepository(db)        // built once, from the shared db
  const app = useProblemDetails(new Hono())
  app.get('/users/:id', validate('param', IdParam), async (c) => {
    const user = await repo.getWithPosts(c.req.valid('param').id)
    if (!user)
      throw new NotFoundError('User not found') // -> 404 problem details
    return c.json(user)
  })
  return app
}
// #endregion wiring
