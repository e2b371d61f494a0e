import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSettings, readSecretsDir } from './secrets-from-files.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-secret-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('secrets from files', () => {
  it('reads one value per file, trailing newline trimmed', () => {
    writeFileSync(join(dir, 'database_url'), 'postgresql://app:pw@db/app\n')
    writeFileSync(join(dir, 'api_key'), 'key-without-newline')
    expect(readSecretsDir(dir)).toEqual({ database_url: 'postgresql://app:pw@db/app', api_key: 'key-without-newline' })
    expect(loadSettings({ secretsDir: dir })).toEqual({ database_url: 'postgresql://app:pw@db/app', api_key: 'key-without-newline', debug: false })
  })

  it('only one trailing newline is removed; inner content is kept', () => {
    writeFileSync(join(dir, 'api_key'), 'line1\nline2\n')
    expect(readSecretsDir(dir).api_key).toBe('line1\nline2')
  })

  it('the environment and .env win over the files', () => {
    writeFileSync(join(dir, 'database_url'), 'from-file\n')
    writeFileSync(join(dir, 'api_key'), 'from-file\n')
    const settings = loadSettings({ env: { DATABASE_URL: 'from-env' }, dotenv: { API_KEY: 'from-dotenv' }, secretsDir: dir })
    expect(settings).toMatchObject({ database_url: 'from-env', api_key: 'from-dotenv' })
  })

  it('a missing directory is tolerated', () => {
    expect(readSecretsDir(join(dir, 'not-mounted'))).toEqual({})
    expect(loadSettings({ env: { DATABASE_URL: 'x', API_KEY: 'y' }, secretsDir: join(dir, 'not-mounted') })).toMatchObject({ database_url: 'x' })
  })

  it('skips hidden entries such as Kubernetes\' ..data links', () => {
    mkdirSync(join(dir, '..2026_01_15'))
    writeFileSync(join(dir, '..2026_01_15', 'api_key'), 'k8s\n')
    symlinkSync('..2026_01_15', join(dir, '..data'))
    symlinkSync(join('..data', 'api_key'), join(dir, 'api_key'))
    expect(readSecretsDir(dir)).toEqual({ api_key: 'k8s' })
  })

  it('an unreadable entry is reported with its path', () => {
    mkdirSync(join(dir, 'database_url')) // a directory where a file should be: reading it fails
    expect(() => readSecretsDir(dir)).toThrow(join(dir, 'database_url'))
  })
})
