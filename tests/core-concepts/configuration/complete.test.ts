import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { describe, expect, it } from 'vitest'
import { AppSettings, createApp } from '../../../snippets/core-concepts/configuration/complete.ts'
import { KIT_ENV_EXAMPLE } from '../../../snippets/core-concepts/configuration/env-example-check.ts'
import { loadSettings } from '../../../snippets/core-concepts/configuration/merge-sources.ts'

const example = parseEnv(readFileSync(KIT_ENV_EXAMPLE, 'utf8'))
const filled = { ...example, AUTH__SECRET_KEY: 'a'.repeat(64) } // the one value a developer must fill in

describe('the complete example', () => {
  it('parsing the documented example env succeeds and yields every default in the table', () => {
    const s = loadSettings(AppSettings, { dotenv: [filled] })
    expect(s).toMatchObject({
      environment: 'development', debug: false, appName: 'myapp', logLevel: 'info', host: '0.0.0.0', port: 8000, workers: 1,
      database: { poolSize: 5, poolTimeout: 30, echo: false },
      redis: { url: 'redis://localhost:6379', ttl: 3600 },
      auth: { algorithm: 'HS256', accessTokenExpireMinutes: 30 },
      enableSignups: true, enableWebhooks: false, isProduction: false, isDevelopment: true,
    })
    expect(s.sentryDsn).toBeUndefined() // empty = unset
    expect(s.paymentKey).toBeUndefined()
    expect(s.database.url.reveal()).toBe('postgresql://postgres:change-me@localhost:5432/myapp')
  })

  it('the schema defaults alone give the same values as the example file', () => {
    const fromDefaults = loadSettings(AppSettings, { env: { DATABASE__URL: 'postgresql://postgres:change-me@localhost:5432/myapp', AUTH__SECRET_KEY: 'a'.repeat(64) } })
    expect(JSON.stringify(fromDefaults)).toBe(JSON.stringify(loadSettings(AppSettings, { dotenv: [filled] })))
  })

  it('the example leaves the signing key empty, so a fresh copy fails until it is filled in', () => {
    expect(() => loadSettings(AppSettings, { dotenv: [example] })).toThrow('AUTH__SECRET_KEY: required')
  })

  it('/health returns status ok and the environment; /docs is off in production', async () => {
    const dev = createApp(loadSettings(AppSettings, { dotenv: [filled] }))
    expect(await (await dev.request('/health')).json()).toEqual({ status: 'ok', environment: 'development' })
    expect((await dev.request('/docs')).status).toBe(200)
    const prod = createApp(loadSettings(AppSettings, { dotenv: [filled], env: { ENVIRONMENT: 'production' } }))
    expect(await (await prod.request('/health')).json()).toEqual({ status: 'ok', environment: 'production' })
    expect((await prod.request('/docs')).status).toBe(404)
  })
})
