import { describe, expect, it } from 'vitest'
import { createScopedApp, safeEqual } from '../../../snippets/web-api/dependency-injection/scopes.ts'
import { captureConsole } from '../../support/capture-console.ts'

const KEY = 'k-123'
function setup() {
  let now = Date.parse('2026-01-01T00:00:00Z')
  const app = createScopedApp({ apiKey: KEY, clock: { now: () => new Date(now) } })
  return { app, advance: (ms: number) => { now += ms } }
}
const headers = (extra: Record<string, string> = {}) => ({ headers: { 'x-api-key': KEY, ...extra } })

describe('app scope: verifyApiKey on every route', () => {
  it.each(['/products', '/search', '/admin/stats', '/nope'])('wrong or missing key on %s → 403', async (path) => {
    const { app } = setup()
    for (const init of [{}, { headers: { 'x-api-key': 'k-124' } }, { headers: { 'x-api-key': `${KEY}x` } }]) {
      const res = await app.request(path, init)
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', detail: 'Invalid API key' })
    }
  })

  it('the right key passes', async () => {
    expect((await setup().app.request('/products', headers())).status).toBe(200)
  })

  it('safeEqual compares whole strings', () => {
    expect(safeEqual('abc', 'abc')).toBe(true)
    expect(safeEqual('abc', 'abd')).toBe(false)
    expect(safeEqual('abc', 'abcd')).toBe(false)
    expect(safeEqual('', '')).toBe(true)
  })
})

describe('router scope: the admin sub-app requires the admin role', () => {
  it('admin routes need the role, public routes do not', async () => {
    const { app } = setup()
    expect((await app.request('/admin/stats', headers())).status).toBe(403)
    expect((await app.request('/admin/stats', headers({ 'x-role': 'user' }))).status).toBe(403)
    expect((await app.request('/admin/stats', headers({ 'x-role': 'admin' }))).status).toBe(200)
    expect((await app.request('/products', headers())).status).toBe(200)
  })
})

describe('route scope: the limiter applies only to /search', () => {
  it('the third search in a window is a 429 with Retry-After; products stay unlimited', async () => {
    const { app, advance } = setup()
    expect((await app.request('/search', headers())).status).toBe(200)
    expect((await app.request('/search', headers())).status).toBe(200)
    const limited = await app.request('/search', headers())
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    for (let i = 0; i < 5; i++)
      expect((await app.request('/products', headers())).status).toBe(200)
    advance(60_000)
    expect((await app.request('/search', headers())).status).toBe(200)
  })
})

describe('scopes.demo', () => {
  it('prints the 403 for a wrong key and the admin stats', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/scopes.demo.ts'))
    expect(lines).toEqual([
      '→ GET /products', '  x-api-key: wrong', '← 403 application/problem+json',
      '  {"type":"about:blank","title":"Forbidden","status":403,',
      '   "detail":"Invalid API key","code":"FORBIDDEN","details":[]}',
      '→ GET /admin/stats', '  x-api-key: k-123', '  x-role: admin', '← 200 application/json', '  {"users":2}',
    ])
  })
})
