// Exercise: no enumeration, no timing leak. Unknown user and wrong password must be
// indistinguishable; the API key check must be constant-time and never throw.
import { Hono } from 'hono'
import { createHash, timingSafeEqual } from 'node:crypto'

export interface Account { id: string, passwordHash: string }
export interface LoginDeps {
  accounts: ReadonlyMap<string, Account>
  /** argon2 verify in production; the test passes a counting fake. */
  verify: (stored: string, password: string) => Promise<boolean>
  apiKey: string
}

/** A real argon2id hash of nothing anyone knows: verify against it when the user is unknown. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Qh+UVJZFrzEVKuabub8jCg$scGXP/Rt/xn41LHCstI+a9dq/WY7/8iIpdB8OXMJUos'

export const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest()

export function keyMatches(given: string, expected: string): boolean {
  // TODO: compare SHA-256 digests with timingSafeEqual (equal lengths: it never throws)
  void sha256
  void timingSafeEqual
  return given === expected
}

export function createApp(deps: LoginDeps) {
  return new Hono()
    .post('/login', async (c) => {
      const form = await c.req.parseBody()
      const username = String(form.username ?? '')
      const password = String(form.password ?? '')
      const account = deps.accounts.get(username)
      // TODO: one answer for both failures (401 "Incorrect email or password",
      // WWW-Authenticate: Bearer), and run verify against DUMMY_HASH for unknown users
      if (!account)
        return c.json({ detail: 'User not found' }, 404)
      if (!(await deps.verify(account.passwordHash, password)))
        return c.json({ detail: 'Wrong password' }, 401)
      return c.json({ user: account.id })
    })
    .get('/internal/stats', (c) => {
      if (!keyMatches(c.req.header('x-api-key') ?? '', deps.apiKey))
        return c.json({ detail: 'Invalid API key' }, 403)
      return c.json({ requests: 42 })
    })
}
