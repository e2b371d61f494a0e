import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadSettingsFromDisk } from '../../../snippets/core-concepts/configuration/load-settings.ts'
import { readSecretsDir } from '../../../snippets/core-concepts/configuration/secrets-dir.ts'
import { secret } from '../../../snippets/core-concepts/configuration/secret.ts'

const Schema = z.object({ databaseUrl: secret(), apiKey: z.string().default('none') })
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-secrets-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('mounted secret files', () => {
  it('a file named database_url supplies DATABASE_URL, trailing newline trimmed', () => {
    writeFileSync(join(dir, 'database_url'), 'postgresql://app:s3cret@db/app\n')
    expect(readSecretsDir(dir)).toEqual({ DATABASE_URL: 'postgresql://app:s3cret@db/app' })
    const s = loadSettingsFromDisk(Schema, { env: {}, dotenvFiles: [], secretsDir: dir })
    expect(s.databaseUrl.reveal()).toBe('postgresql://app:s3cret@db/app')
  })

  it('an environment variable overrides the file', () => {
    writeFileSync(join(dir, 'database_url'), 'postgresql://from-file/app\n')
    const s = loadSettingsFromDisk(Schema, { env: { DATABASE_URL: 'postgresql://from-env/app' }, dotenvFiles: [], secretsDir: dir })
    expect(s.databaseUrl.reveal()).toBe('postgresql://from-env/app')
  })

  it('a missing directory yields no error and no values', () => {
    expect(readSecretsDir(join(dir, 'not-mounted'))).toEqual({})
  })

  it('skips Kubernetes\' hidden ..data entries', () => {
    mkdirSync(join(dir, '..2026_01_15'))
    writeFileSync(join(dir, '..2026_01_15', 'api_key'), 'k8s-key\n')
    symlinkSync('..2026_01_15', join(dir, '..data'))
    symlinkSync(join('..data', 'api_key'), join(dir, 'api_key'))
    expect(readSecretsDir(dir)).toEqual({ API_KEY: 'k8s-key' })
  })
})
