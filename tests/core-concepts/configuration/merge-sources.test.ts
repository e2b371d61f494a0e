import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { captureConsole } from '../../support/capture-console.ts'
import { configError } from './config-problems.ts'
import { ConfigError, isSet, loadSettings, mergeSources, type Sources } from '../../../snippets/core-concepts/configuration/merge-sources.ts'

const Schema = z.object({ value: z.string().default('default') })
const resolve = (sources: Sources) => loadSettings(Schema, sources).value

describe('source precedence', () => {
  it.each<[string, Sources, string]>([
    ['overrides beat env', { overrides: { VALUE: 'override' }, env: { VALUE: 'env' } }, 'override'],
    ['env beats .env.local', { env: { VALUE: 'env' }, dotenv: [{ VALUE: '.env' }, { VALUE: '.env.local' }] }, 'env'],
    ['.env.local beats .env', { dotenv: [{ VALUE: '.env' }, { VALUE: '.env.local' }] }, '.env.local'],
    ['.env beats secrets dir', { dotenv: [{ VALUE: '.env' }], secrets: { VALUE: 'secret-file' } }, '.env'],
    ['secrets dir beats defaults', { secrets: { VALUE: 'secret-file' } }, 'secret-file'],
    ['.env beats defaults', { dotenv: [{ VALUE: '.env' }] }, '.env'],
    ['defaults when nothing is set', {}, 'default'],
  ])('%s', (_name, sources, expected) => {
    expect(resolve(sources)).toBe(expected)
  })

  it('an empty string is treated as unset and falls through', () => {
    expect(isSet('')).toBe(false)
    expect(isSet(' x')).toBe(true)
    expect(resolve({ env: { VALUE: '' }, dotenv: [{ VALUE: '.env' }] })).toBe('.env')
    expect(resolve({ overrides: { VALUE: '' } })).toBe('default')
    expect(mergeSources({ env: { A: '', B: 'b' } })).toEqual({ B: 'b' })
  })

  it('keys are case-insensitive: later sources win whatever the case', () => {
    expect(mergeSources({ dotenv: [{ value: 'lower' }], env: { VALUE: 'upper' } })).toEqual({ VALUE: 'upper' })
  })

  it('two missing required keys produce ONE error listing both', () => {
    const Required = z.object({ databaseUrl: z.url(), apiKey: z.string(), port: z.coerce.number().int() })
    const error = configError(() => loadSettings(Required, { env: { PORT: 'eighty' } }))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.problems).toEqual([
      'DATABASE_URL: required',
      'API_KEY: required',
      'PORT: Invalid input: expected number, received NaN',
    ])
    expect(error.message).toMatch(/^Invalid configuration \(3 problems\):\n {2}- DATABASE_URL: required\n/)
  })

  it('the result is frozen all the way down', () => {
    const settings = loadSettings(z.object({ db: z.object({ url: z.string() }) }), { env: { DB__URL: 'x' } })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.db)).toBe(true)
  })

  it('the demo prints which source won for each key', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/merge-sources.demo.ts'))
    expect(lines).toEqual([
      'apiKey = from-override (override beats env), debug = true (env beats .env)',
      'databaseUrl = postgresql://dotenv-local/app (.env.local beats .env)',
      'maxConnections = 5 (empty in .env.local = unset)',
      'redisUrl = redis://localhost:6379 (default)',
    ])
  })
})
