// Secret hygiene, proven on real output: the settings object logged through the kit's pino
// logger (captured JSON lines), printed, serialised, and every error a bad configuration throws.
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createLogger } from '../../../snippets/core-concepts/structured-logging/create-logger.ts'
import { AppSettings } from '../../../snippets/core-concepts/configuration/complete.ts'
import { loadSettings } from '../../../snippets/core-concepts/configuration/merge-sources.ts'
import { Secret, secret } from '../../../snippets/core-concepts/configuration/secret.ts'
import { captureLines } from '../structured-logging/log-capture.ts'
import { configError } from './config-problems.ts'

const SECRETS = {
  DATABASE__URL: 'postgresql://app:Pg-p4ss-9f2c@db.internal:5432/app',
  AUTH__SECRET_KEY: 'jwt-signing-key-5f0c2a9e7b1d4c3a8e6f',
  PAYMENT_KEY: 'pk_live_8HxQ2cVbN3',
  SENTRY_DSN: 'https://d41d8cd98f@sentry.example.com/42',
}
const secretValues = [...Object.values(SECRETS), 'Pg-p4ss-9f2c']
const expectNoSecret = (text: string) => {
  for (const value of secretValues)
    expect(text).not.toContain(value)
}

describe('secrets never leak', () => {
  it('the Secret type prints, serialises and inspects as [REDACTED]; reveal() is the way out', () => {
    const key = secret().parse('sk_live_51H8xQ2')
    expect(key).toBeInstanceOf(Secret)
    expect(`${key}`).toBe('[REDACTED]')
    expect(JSON.stringify({ key })).toBe('{"key":"[REDACTED]"}')
    expect(inspect({ key })).toBe('{ key: Secret([REDACTED]) }')
    expect(key.reveal()).toBe('sk_live_51H8xQ2')
    expect(secret().safeParse('').success).toBe(false)
  })

  it('the demo prints only [REDACTED] and the length', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/secret.demo.ts'))
    expect(lines).toEqual([
      'template literal: [REDACTED]',
      'JSON: {"paymentKey":"[REDACTED]"}',
      'String(): [REDACTED]',
      'key.reveal(): 15 characters, on purpose',
    ])
    expect(lines.join('\n')).not.toContain('sk_live')
  })

  it('logging the whole settings object through pino writes no secret', () => {
    const settings = loadSettings(AppSettings, { env: { ...SECRETS, ENVIRONMENT: 'production' } })
    const capture = captureLines()
    const log = createLogger({ environment: 'production', level: 'debug', service: 'api', version: '1.0.0' }, capture.destination)
    log.info({ config: settings }, 'settings_loaded')
    log.debug({ database: settings.database, auth: settings.auth }, 'sections')
    log.info(`template literal: ${settings.paymentKey}`)
    expect(capture.lines).toHaveLength(3)
    capture.lines.forEach(expectNoSecret)
    const [loaded] = capture.records()
    expect(loaded).toMatchObject({ config: { database: { url: '[REDACTED]' }, auth: { secretKey: '[REDACTED]' }, paymentKey: '[REDACTED]', sentryDsn: '[REDACTED]' } })
    expect(settings.auth.secretKey.reveal()).toBe(SECRETS.AUTH__SECRET_KEY)
  })

  it('console output, util.inspect and JSON of the settings contain no secret', async () => {
    const settings = loadSettings(AppSettings, { env: SECRETS })
    expectNoSecret(inspect(settings, { depth: Infinity }))
    expectNoSecret(JSON.stringify(settings))
    expectNoSecret((await captureConsole(() => console.log(settings))).join('\n'))
  })

  it('the error for an invalid configuration never contains a secret, also when thrown and logged', () => {
    const invalid = { ...SECRETS, AUTH__SECRET_KEY: 'hunter2-too-short', DATABASE__URL: 'not a url Pg-p4ss-9f2c', PORT: '80' }
    const error = configError(() => loadSettings(AppSettings, { env: invalid }))
    expect(error.problems).toEqual([
      'PORT: port must be between 1024 and 65535',
      'DATABASE__URL: Invalid URL',
      'AUTH__SECRET_KEY: Too small: expected string to have >=32 characters',
    ])
    const texts = [error.message, String(error.stack), inspect(error, { depth: Infinity }), JSON.stringify(error)]
    const capture = captureLines()
    createLogger({ environment: 'production', level: 'info', service: 'api', version: '1.0.0' }, capture.destination).error({ err: error }, 'startup_failed')
    for (const text of [...texts, ...capture.lines]) {
      expectNoSecret(text)
      expect(text).not.toContain('hunter2-too-short')
    }
  })
})
