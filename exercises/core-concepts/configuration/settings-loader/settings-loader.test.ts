import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSettings, SettingsError } from './settings-loader.ts'

const REQUIRED = { DATABASE__URL: 'postgresql://localhost/app', AUTH__SECRET_KEY: 'k'.repeat(32) }
let dir: string
let dotenv: string
let dotenvLocal: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-settings-loader-'))
  dotenv = join(dir, '.env')
  dotenvLocal = join(dir, '.env.local')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run()
  }
  catch (err) {
    if (err instanceof SettingsError)
      return err.problems
    throw err
  }
  throw new Error('expected a SettingsError')
}

describe('settings loader', () => {
  it.each([
    ['overrides beat env', { overrides: { PORT: '9001' }, env: { PORT: '9002' } }, 9001],
    ['env beats .env.local', { env: { PORT: '9002' }, files: ['PORT=9004', 'PORT=9003'] }, 9002],
    ['.env.local beats .env', { files: ['PORT=9004', 'PORT=9003'] }, 9003],
    ['.env beats the default', { files: ['PORT=9004', ''] }, 9004],
    ['the default when nothing is set', {}, 8000],
    ['an empty value is unset and falls through', { env: { PORT: '' }, files: ['PORT=9004', 'PORT='] }, 9004],
  ])('precedence: %s', (_name, { overrides = {}, env = {}, files }: { overrides?: Record<string, string>, env?: Record<string, string>, files?: string[] }, port) => {
    if (files) {
      writeFileSync(dotenv, files[0]!)
      writeFileSync(dotenvLocal, files[1]!)
    }
    const settings = loadSettings({ overrides, env: { ...REQUIRED, ...env }, dotenvFiles: [dotenv, dotenvLocal] })
    expect(settings.port).toBe(port)
  })

  it('nests __ sections, coerces their values and fills nested defaults', () => {
    writeFileSync(dotenv, 'DATABASE__POOL_SIZE=20\nDEBUG=yes\n')
    const settings = loadSettings({ env: REQUIRED, dotenvFiles: [dotenv, dotenvLocal] })
    expect(settings).toEqual({
      environment: 'development', debug: true, port: 8000,
      database: { url: 'postgresql://localhost/app', poolSize: 20 },
      auth: { secretKey: 'k'.repeat(32), tokenMinutes: 30 },
    })
  })

  it('keys are case-insensitive and unrelated variables are ignored', () => {
    const settings = loadSettings({ env: { database__url: 'postgresql://x/y', Auth__Secret_Key: 'k'.repeat(32), PATH: '/usr/bin' } })
    expect(settings.database.url).toBe('postgresql://x/y')
    expect(settings).not.toHaveProperty('path')
  })

  it('throws ONE error listing every missing key and every invalid value', () => {
    expect(problemsOf(() => loadSettings({ env: { PORT: '80', DEBUG: 'maybe' } })).toSorted()).toEqual([
      'AUTH__SECRET_KEY: required',
      'DATABASE__URL: required',
      expect.stringMatching(/^DEBUG: /),
      expect.stringMatching(/^PORT: /),
    ].toSorted())
  })

  it('the error message names the variables but never echoes a value', () => {
    const problems = problemsOf(() => loadSettings({ env: { DATABASE__URL: 'postgresql://localhost/app', AUTH__SECRET_KEY: 'short-secret-value' } }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^AUTH__SECRET_KEY: /)
    expect(problems[0]).not.toContain('short-secret-value')
  })

  it('returns a deeply frozen object', () => {
    const settings = loadSettings({ env: REQUIRED })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.database)).toBe(true)
    expect(() => {
      Object.assign(settings.database, { poolSize: 50 })
    }).toThrow(TypeError)
  })
})
