import { hash } from '@node-rs/argon2'
import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { createAuthApp } from '../../../snippets/web-api/authentication/auth-chain.ts'
import { ADMIN, ALICE, bearer, testTokens } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess, verifyToken } from '../../../snippets/web-api/authentication/jwt.ts'
import { accountStore, DUMMY_HASH, loginRoutes } from '../../../snippets/web-api/authentication/login.ts'
import type { Passwords } from '../../../snippets/web-api/authentication/password-hash.ts'
import { argon2Passwords, hashPassword, PASSWORD_POLICY } from '../../../snippets/web-api/authentication/password-hash.ts'

const tokens = testTokens()
const PASSWORD = 's3cret-passw0rd'
let aliceHash = ''
beforeAll(async () => { aliceHash = await hashPassword(PASSWORD) })

function setup(adminHash = aliceHash) {
  const accounts = accountStore([{ user: ALICE, passwordHash: aliceHash }, { user: ADMIN, passwordHash: adminHash }])
  const verified: string[] = [] // which stored hash each verify() saw
  const passwords: Passwords = { ...argon2Passwords, verify: async (stored, pw) => {
    verified.push(stored)
    return argon2Passwords.verify(stored, pw)
  } }
  const app = useProblemDetails(new Hono())
  app.route('/auth', loginRoutes({ tokens, users: accounts, accounts, passwords }))
  app.route('/', createAuthApp({ tokens, users: accounts }))
  return { app, accounts, verified }
}
const form = (fields: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(fields) })
const login = (app: Hono, username: string, password = PASSWORD) => app.request('/auth/login', form({ username, password }))
const snapshot = async (res: Response) => ({ status: res.status, headers: [...res.headers], body: await res.text() })

describe('POST /auth/login (OAuth2 password flow)', () => {
  it('form login returns { access_token, token_type: "bearer" } with a valid access token', async () => {
    const res = await login(setup().app, 'alice@example.com')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(Object.keys(body)).toEqual(['access_token', 'token_type'])
    expect(body.token_type).toBe('bearer')
    expect(await verifyToken(tokens, body.access_token, 'access')).toMatchObject({ sub: 'u1' })
  })

  it('a JSON body is a 422 validation error, not a login', async () => {
    const res = await setup().app.request('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'alice@example.com', password: PASSWORD }) })
    expect(res.status).toBe(422)
    expect((await res.json()).code).toBe('VALIDATION_ERROR')
  })

  it('an over-long password is refused by the schema before any verify', async () => {
    const { app, verified } = setup()
    expect((await login(app, 'alice@example.com', 'x'.repeat(1025))).status).toBe(422)
    expect(verified).toEqual([])
  })

  it('unknown user and wrong password: byte-identical responses, and verify runs in both', async () => {
    const { app, verified } = setup()
    const unknown = await snapshot(await login(app, 'nobody@example.com'))
    const wrong = await snapshot(await login(app, 'alice@example.com', 'wrong-passw0rd'))
    expect(unknown).toEqual(wrong)
    expect(unknown.status).toBe(401)
    expect(unknown.headers).toContainEqual(['www-authenticate', 'Bearer'])
    expect(JSON.parse(unknown.body).detail).toBe('Incorrect email or password')
    expect(verified).toEqual([DUMMY_HASH, aliceHash])
    expect(DUMMY_HASH.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true) // same cost as a real one
    expect(PASSWORD_POLICY.memoryCost).toBe(19456)
  })

  it('a weak stored hash is replaced by the current policy after a good login', async () => {
    const { app, accounts } = setup(await hash(PASSWORD, { memoryCost: 4096, timeCost: 1 }))
    expect((await login(app, 'admin@example.com')).status).toBe(200)
    expect(accounts.hashOf('u2')!.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
  })
})

describe('refresh tokens', () => {
  const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? ''
  const refresh = (app: Hono, cookie: string, path = '/auth/refresh') =>
    app.request(path, { method: 'POST', headers: cookie ? { cookie } : {} })

  it('login sets an HttpOnly, Secure, SameSite=Strict cookie scoped to /auth/refresh', async () => {
    const cookie = cookieOf(await login(setup().app, 'alice@example.com'))
    expect(cookie).toMatch(/^refresh_token=[\w-]+\.[\w-]+\.[\w-]+;/)
    for (const attr of ['Max-Age=604800', 'Path=/auth/refresh', 'HttpOnly', 'Secure', 'SameSite=Strict'])
      expect(cookie.split('; ')).toContain(attr)
  })

  it('refresh with the cookie returns a new access token and rotates the refresh cookie', async () => {
    const { app } = setup()
    const cookie = cookieOf(await login(app, 'alice@example.com')).split(';')[0]!
    const res = await refresh(app, cookie)
    expect(res.status).toBe(200)
    const { access_token } = await res.json()
    expect((await app.request('/users/me', bearer(access_token))).status).toBe(200)
    expect(cookieOf(res).split(';')[0]).not.toBe(cookie)
  })

  it('a refresh token in the query string is ignored: 401', async () => {
    const { app } = setup()
    const token = cookieOf(await login(app, 'alice@example.com')).split(';')[0]!.split('=')[1]!
    const res = await refresh(app, '', `/auth/refresh?refresh_token=${token}`)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('token-type confusion: an access token as refresh cookie, a refresh token as bearer: 401 both', async () => {
    const { app } = setup()
    const asCookie = await refresh(app, `refresh_token=${await signAccess(tokens, 'u1')}`)
    expect(asCookie.status).toBe(401)
    const refreshToken = cookieOf(await login(app, 'alice@example.com')).split(';')[0]!.split('=')[1]!
    expect((await app.request('/users/me', bearer(refreshToken))).status).toBe(401)
  })
})
