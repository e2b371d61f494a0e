import { describe, expect, it } from 'vitest'
import { AppSettings } from '../../../snippets/core-concepts/configuration/complete.ts'
import { apiWithCors, CorsSettings, debugRoutes, FeatureFlags, signupRoutes } from '../../../snippets/core-concepts/configuration/feature-flags.ts'
import { loadSettings } from '../../../snippets/core-concepts/configuration/merge-sources.ts'

const SECRET_VALUES = {
  DATABASE__URL: 'postgresql://app:db-pass-77a1@db/app',
  AUTH__SECRET_KEY: 'signing-key-0123456789abcdef0123456789',
  PAYMENT_KEY: 'pk_live_deadbeef',
  SENTRY_DSN: 'https://abc123@sentry.example.com/1',
}

describe('feature flags, CORS and the debug guard', () => {
  it('flags have defaults (signups on, 10 MB uploads)', () => {
    expect(FeatureFlags.parse({})).toEqual({ enableSignups: true, enableDarkMode: false, enableBetaFeatures: false, maxUploadSizeMb: 10 })
  })

  it('signups disabled -> 403 "Signups are disabled"; enabled -> 201', async () => {
    const off = await signupRoutes(FeatureFlags.parse({ enableSignups: 'false' })).request('/signup', { method: 'POST' })
    expect(off.status).toBe(403)
    expect(await off.json()).toEqual({ error: 'Signups are disabled' })
    expect((await signupRoutes(FeatureFlags.parse({})).request('/signup', { method: 'POST' })).status).toBe(201)
  })

  it('a preflight from an allowed origin is echoed; a foreign origin is not', async () => {
    const app = apiWithCors(CorsSettings.parse({ corsOrigins: '["https://app.example.com"]' }))
    const preflight = (origin: string) => app.request('/api/ping', {
      method: 'OPTIONS', headers: { 'Origin': origin, 'Access-Control-Request-Method': 'GET' },
    })
    expect((await preflight('https://app.example.com')).headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com')
    expect((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(CorsSettings.parse({})).toEqual({ corsOrigins: [] })
  })

  it('/debug/config is 404 with debug off', async () => {
    const settings = loadSettings(AppSettings, { env: SECRET_VALUES })
    expect((await debugRoutes(settings).request('/debug/config')).status).toBe(404)
  })

  it('with debug on, the JSON holds only the allow-listed fields and no secret value anywhere', async () => {
    const settings = loadSettings(AppSettings, { env: { ...SECRET_VALUES, DEBUG: 'true' } })
    const res = await debugRoutes(settings).request('/debug/config')
    expect(res.status).toBe(200)
    const body: unknown = await res.json()
    expect(body).toEqual({ environment: 'development', debug: true, logLevel: 'info', features: { enableSignups: true, enableWebhooks: false } })
    const strings: string[] = []
    const scan = (value: unknown): void => {
      if (typeof value === 'string')
        strings.push(value)
      else if (value && typeof value === 'object')
        Object.entries(value).forEach(([key, child]) => { strings.push(key); scan(child) })
    }
    scan(body)
    for (const secret of [...Object.values(SECRET_VALUES), 'db-pass-77a1'])
      expect(strings.some(s => s.includes(secret))).toBe(false)
  })
})
