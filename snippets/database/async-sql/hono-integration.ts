// The FastAPI `Depends(get_db)` becomes a factory parameter: `db` is pool-backed and safe to
// share across requests; transactions and checked-out clients are not.
import { Hono } from 'hono'
import { z } from 'zod'
import { validate } from '../../web-api/validation/validation-hook.ts'
import { useProblemDetails } from '../../web-api/error-responses/error-handler.ts'
import { createUser } from './crud.ts'
import { emailMustBeNew } from './mistakes.ts'
import type { AppDb } from './schema.ts'

export const UserCreate = z.strictObject({
  email: z.email().max(255),
  name: z.string().trim().min(1).max(100),
})
/** What leaves the API: internal columns (credits, createdAt) are stripped. */
export const UserOut = z.object({ id: z.number(), email: z.string(), name: z.string(), isActive: z.boolean() })

// #region factory
export interface AppDeps { db: AppDb }

export function createApp({ db }: AppDeps) {
  const app = useProblemDetails(new Hono()) // 404/409/422 as problem details
  registerUserRoutes(app, db)               // handlers close over db
  return app
}
// #endregion factory

// #region create-user
function registerUserRoutes(app: Hono, db: AppDb) {
  app.post('/users', validate('json', UserCreate), async (c) => {
    const user = await emailMustBeNew(() => createUser(db, c.req.valid('json')))
    return c.json(UserOut.parse(user), 201) // zod strips unknown keys
  })
}
// #endregion create-user
