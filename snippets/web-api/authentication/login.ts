// The OAuth2 password flow: form login -> access token in the body, refresh token in a cookie
// scoped to the refresh route. Unknown user and wrong password are indistinguishable.
import type { Context } from 'hono'
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { validate } from '../validation/validation-hook.ts'
import type { AuthDeps, AuthEnv, User, UserRepo } from './auth-chain.ts'
import { userFromToken } from './auth-chain.ts'
import { unauthorized } from './bearer.ts'
import { signAccess, signRefresh } from './jwt.ts'
import type { Passwords } from './password-hash.ts'
import { needsRehash, PasswordInput } from './password-hash.ts'

export interface Account { user: User, passwordHash: string }
export interface AccountStore {
  findByEmail: (email: string) => Promise<Account | undefined>
  updateHash: (userId: string, passwordHash: string) => Promise<void>
}
export interface LoginDeps extends AuthDeps {
  accounts: AccountStore
  passwords: Passwords
  /** Throws RateLimitError (429) when this IP or this username tried too often. */
  limitLogin?: (ip: string, username: string) => void
  clientIp?: (c: Context) => string
}

/** A real argon2id hash of nothing anyone knows: unknown users cost one verify too. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Qh+UVJZFrzEVKuabub8jCg$scGXP/Rt/xn41LHCstI+a9dq/WY7/8iIpdB8OXMJUos'
const LoginForm = z.object({ username: z.string().trim().toLowerCase().min(1).max(254), password: PasswordInput })
const tokenBody = (access_token: string) => ({ access_token, token_type: 'bearer' as const })

// #region refresh-cookie
const REFRESH_COOKIE = 'refresh_token'
export const refreshCookieOptions = (maxAge: number) =>
  ({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth/refresh', maxAge }) as const

const refreshRoute = (deps: LoginDeps) => async (c: Context) => {
  const token = getCookie(c, REFRESH_COOKIE) // never ?refresh_token=: URLs end up in logs
  if (!token)
    throw unauthorized('Not authenticated')
  const user = await userFromToken(deps, token, 'refresh') // an access token is refused here
  setCookie(c, REFRESH_COOKIE, await signRefresh(deps.tokens, user.id), // rotate on use
    refreshCookieOptions(deps.tokens.refreshSeconds))
  return c.json(tokenBody(await signAccess(deps.tokens, user.id)))
}
// #endregion refresh-cookie

// #region login-form
export function loginRoutes(deps: LoginDeps) {
  return new Hono<AuthEnv>()
    .post('/login', validate('form', LoginForm), async (c) => { // form fields, per OAuth2
      const { username, password } = c.req.valid('form') // username may hold an email
      deps.limitLogin?.(deps.clientIp?.(c) ?? 'unknown', username)
      const account = await deps.accounts.findByEmail(username)
      const ok = await deps.passwords.verify(account?.passwordHash ?? DUMMY_HASH, password)
      if (!account || !ok) // one answer, one cost, for both failures
        throw unauthorized('Incorrect email or password')
      if (needsRehash(account.passwordHash))
        await deps.accounts.updateHash(account.user.id, await deps.passwords.hash(password))
      setCookie(c, REFRESH_COOKIE, await signRefresh(deps.tokens, account.user.id),
        refreshCookieOptions(deps.tokens.refreshSeconds))
      return c.json(tokenBody(await signAccess(deps.tokens, account.user.id)))
    })
    .post('/refresh', refreshRoute(deps))
}
// #endregion login-form

/** An in-memory account store for tests and demos. */
export function accountStore(accounts: Account[]): AccountStore & UserRepo & { hashOf: (id: string) => string | undefined } {
  const byEmail = new Map(accounts.map(a => [a.user.email, { ...a }]))
  const byId = (id: string) => [...byEmail.values()].find(a => a.user.id === id)
  return {
    findByEmail: async email => byEmail.get(email),
    updateHash: async (id, passwordHash) => { const a = byId(id); if (a) a.passwordHash = passwordHash },
    findById: async id => byId(id)?.user, // the chain's UserRepo: same store
    hashOf: id => byId(id)?.passwordHash,
  }
}
