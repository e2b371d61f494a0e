import * as crypto from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, DUMMY_HASH } from './login.ts'

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>()
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) }
})
afterEach(() => { vi.mocked(crypto.timingSafeEqual).mockClear() })

const KEY = 'sk_live_4f9c2b7e8d1a6035b2c4e9f7a1d8c3b5'
function setup() {
  const seen: string[] = [] // which stored hash each verify call got
  const verify = async (stored: string, password: string) => {
    seen.push(stored)
    return stored === `fake-hash:${password}`
  }
  const accounts = new Map([['alice@example.com', { id: 'u1', passwordHash: 'fake-hash:s3cret' }]])
  return { app: createApp({ accounts, verify, apiKey: KEY }), seen }
}
const login = async (app: ReturnType<typeof createApp>, username: string, password: string) => {
  const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username, password }) })
  return { status: res.status, headers: [...res.headers], body: await res.text() }
}

describe('login without enumeration', () => {
  it('the right password still logs in', async () => {
    const { app } = setup()
    expect(await login(app, 'alice@example.com', 's3cret')).toMatchObject({ status: 200, body: '{"user":"u1"}' })
  })

  it('unknown user and wrong password: byte-identical status, headers and body', async () => {
    const { app } = setup()
    const unknown = await login(app, 'nobody@example.com', 'guess')
    const wrong = await login(app, 'alice@example.com', 'guess')
    expect(unknown).toEqual(wrong)
    expect(unknown.status).toBe(401)
    expect(JSON.parse(unknown.body)).toEqual({ detail: 'Incorrect email or password' })
    expect(unknown.headers).toContainEqual(['www-authenticate', 'Bearer'])
  })

  it('verify runs in both paths (against the dummy hash for an unknown user)', async () => {
    const { app, seen } = setup()
    await login(app, 'nobody@example.com', 'guess')
    await login(app, 'alice@example.com', 'guess')
    expect(seen).toEqual([DUMMY_HASH, 'fake-hash:s3cret'])
  })
})

describe('API key comparison', () => {
  const stats = (key: string) => setup().app.request('/internal/stats', { headers: { 'x-api-key': key } })

  it('the right key passes, a wrong key of equal length is a 403', async () => {
    expect((await stats(KEY)).status).toBe(200)
    expect((await stats(`${KEY.slice(0, -1)}x`)).status).toBe(403)
  })

  it('a short key is a 403: no RangeError, no 500', async () => {
    expect((await stats('short')).status).toBe(403)
  })

  it('compares with timingSafeEqual on equal-length digests', async () => {
    await stats('short')
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls
    expect(calls).toHaveLength(1)
    expect(calls[0]!.map(b => (b as Buffer).length)).toEqual([32, 32])
  })
})
