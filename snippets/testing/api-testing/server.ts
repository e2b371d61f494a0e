// Production wiring: the only place that knows about the pg pool, JWTs and argon2.
import { eq } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import type { Context } from 'hono'
import type pg from 'pg'
import { parseBearer } from '../../web-api/authentication/bearer.ts'
import type { TokenSettings } from '../../web-api/authentication/jwt.ts'
import { verifyToken } from '../../web-api/authentication/jwt.ts'
import { argon2Passwords } from '../../web-api/authentication/password-hash.ts'
import type { Auth, Db } from './app-under-test.ts'
import { createApp, users } from './app-under-test.ts'

// #region jwt-auth
/** The caller is whoever a valid access token names; X-User-Id means nothing here. */
export const jwtAuth = (tokens: TokenSettings, db: Db): Auth => ({
  authenticate: async (c: Context) => {
    const token = parseBearer(c.req.header('authorization'))
    const claims = token ? await verifyToken(tokens, token, 'access').catch(() => null) : null
    if (!claims) return null
    const [user] = await db.select({ id: users.id, username: users.username, role: users.role })
      .from(users).where(eq(users.id, Number(claims.sub)))
    return user ?? null
  },
})
// #endregion jwt-auth

// #region production
export function productionApp(pool: pg.Pool, tokens: TokenSettings) {
  const db = drizzle({ client: pool })
  return createApp({ db, auth: jwtAuth(tokens, db), passwords: argon2Passwords })
}
// #endregion production
