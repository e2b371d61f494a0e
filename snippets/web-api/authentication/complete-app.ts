// Everything assembled: config -> security utilities -> schemas -> middleware chain -> routes.
// Node only (argon2id is a native binding); server.ts-style code would read process.env.
import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import type { AuthEnv, AuthFailure, UserRepo } from './auth-chain.ts'
import { activeUser, adminRoutes, currentUser } from './auth-chain.ts'
import { bearerToken } from './bearer.ts'
import { corsPolicy, originsFor } from './cors.ts'
import { AuthConfig, tokenSettings } from './jwt.ts'
import type { AccountStore } from './login.ts'
import { loginRoutes } from './login.ts'
import { argon2Passwords } from './password-hash.ts'
import { loginLimiter } from './rate-limit-user.ts'
import { apiSecureHeaders } from './security-headers.ts'

// #region full-app-config
/** Configuration: parsed once at startup; a short JWT_SECRET stops the process here. */
export const Settings = AuthConfig.extend({
  NODE_ENV: z.enum(['development', 'production']).default('development'),
  ALLOWED_ORIGINS: z.string().optional(), // comma-separated; defaults per environment
})
export type Settings = z.infer<typeof Settings>

/** Schemas: what leaves the API (never the password hash). */
export const UserOut =
  z.object({ id: z.string(), email: z.email(), role: z.enum(['user', 'admin']) })
export const TokenResponse = z.object({ access_token: z.string(), token_type: z.literal('bearer') })

export interface AppDeps {
  settings: Settings
  accounts: AccountStore & UserRepo // security utilities come from the modules above
  clientIp: (c: Context) => string // getConnInfo(c) on Node, or the trusted proxy's header
  logAuthFailure?: (failure: AuthFailure) => void
}
// #endregion full-app-config

// #region full-app
export function createApp({ settings, accounts, clientIp, logAuthFailure }: AppDeps) {
  const auth = { tokens: tokenSettings(settings), users: accounts, logAuthFailure }
  const app = useProblemDetails(new Hono<AuthEnv>())
  app.use(corsPolicy(originsFor(settings.NODE_ENV, settings.ALLOWED_ORIGINS)))
  app.use(apiSecureHeaders()) // before every route: 401/404/500 carry the headers too
  app.route('/auth', loginRoutes({ ...auth, accounts, passwords: argon2Passwords,
    limitLogin: loginLimiter(), clientIp }))
  app.get('/users/me', bearerToken(), currentUser(auth), activeUser,
    c => c.json(UserOut.parse(c.var.user)))
  app.route('/admin', adminRoutes(auth)) // the router-level guard
  return app
}
// #endregion full-app
