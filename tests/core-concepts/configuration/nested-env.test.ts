import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { ConfigError, loadSettings } from '../../../snippets/core-concepts/configuration/merge-sources.ts'
import { envName, nestEnv, NestedSettings } from '../../../snippets/core-concepts/configuration/nested-env.ts'
import { configError } from './config-problems.ts'

const required = { DATABASE__URL: 'postgresql://localhost/app', AUTH__SECRET_KEY: 'k'.repeat(32) }

describe('the __ delimiter', () => {
  it('nests and camel-cases keys', () => {
    expect(nestEnv({ DATABASE__POOL_SIZE: '20', REDIS__URL: 'redis://r', ENVIRONMENT: 'production' }))
      .toEqual({ database: { poolSize: '20' }, redis: { url: 'redis://r' }, environment: 'production' })
    expect(envName(['database', 'poolSize'])).toBe('DATABASE__POOL_SIZE')
    expect(envName(['accessTokenExpireMinutes'])).toBe('ACCESS_TOKEN_EXPIRE_MINUTES')
  })

  it('DATABASE__POOL_SIZE=20 yields database.poolSize 20 after parsing; defaults fill the rest', () => {
    const s = loadSettings(NestedSettings, { env: { ...required, DATABASE__POOL_SIZE: '20' } })
    expect(s.database.poolSize).toBe(20)
    expect(s.database.poolTimeout).toBe(30)
    expect(s.database.echo).toBe(false)
    expect(s.redis).toEqual({ url: 'redis://localhost:6379', ttl: 3600 })
    expect(s.auth.algorithm).toBe('HS256')
    expect(s.auth.accessTokenExpireMinutes).toBe(30)
  })

  it('PATH and other unrelated keys are ignored', () => {
    const s = loadSettings(NestedSettings, { env: { ...required, PATH: '/usr/bin', HOME: '/root', _: '/usr/bin/node' } })
    expect(Object.keys(s).sort()).toEqual(['auth', 'database', 'redis'])
  })

  it('keys are case-insensitive', () => {
    const s = loadSettings(NestedSettings, { env: { database__url: 'postgresql://x/y', Database__Pool_Size: '7', auth__secret_key: 'k'.repeat(32) } })
    expect(s.database.poolSize).toBe(7)
  })

  it('a missing section reports each of its required keys by variable name', () => {
    expect(() => loadSettings(NestedSettings, { env: {} })).toThrow(ConfigError)
    expect(configError(() => loadSettings(NestedSettings, { env: { AUTH__SECRET_KEY: 'short' } })).problems).toEqual([
      'DATABASE__URL: required',
      'AUTH__SECRET_KEY: Too small: expected string to have >=32 characters',
    ])
  })

  it('the demo prints the nested values with secrets redacted', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/nested-env.demo.ts'))
    expect(lines).toEqual([
      'top-level keys: database, redis, auth, path',
      'database.poolSize = 20, poolTimeout = 30 (default)',
      'redis.ttl = 7200, auth token minutes = 60',
      'database.url = [REDACTED], auth.secretKey = [REDACTED]',
    ])
  })
})
