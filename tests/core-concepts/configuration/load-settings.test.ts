import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadSettingsFromDisk } from '../../../snippets/core-concepts/configuration/load-settings.ts'

const Schema = z.object({ a: z.string(), b: z.string(), c: z.string().default('default'), multi: z.string().optional() })
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-config-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the Node wrapper: .env files via util.parseEnv', () => {
  it('reads the files in order (later wins) and lets the real environment win over both', () => {
    writeFileSync(join(dir, '.env'), '# comment\nA=from-env-file\nexport B="quoted value"\nMULTI="line one\nline two"\n')
    writeFileSync(join(dir, '.env.local'), 'A=from-local\n')
    const s = loadSettingsFromDisk(Schema, { env: {}, dotenvFiles: [join(dir, '.env'), join(dir, '.env.local')], secretsDir: join(dir, 'none') })
    expect(s).toEqual({ a: 'from-local', b: 'quoted value', c: 'default', multi: 'line one\nline two' })
    const withEnv = loadSettingsFromDisk(Schema, { env: { A: 'real-env' }, dotenvFiles: [join(dir, '.env'), join(dir, '.env.local')], secretsDir: join(dir, 'none') })
    expect(withEnv.a).toBe('real-env')
  })

  it('skips a missing optional file', () => {
    writeFileSync(join(dir, '.env'), 'A=1\nB=2\n')
    const s = loadSettingsFromDisk(Schema, { env: {}, dotenvFiles: [join(dir, '.env'), join(dir, '.env.local')], secretsDir: join(dir, 'none') })
    expect(s).toMatchObject({ a: '1', b: '2' })
  })

  it('leaves process.env unchanged', () => {
    writeFileSync(join(dir, '.env'), 'A=1\nB=2\nKIT_CONFIG_PROBE=leaked\n')
    const before = { ...process.env }
    loadSettingsFromDisk(Schema, { dotenvFiles: [join(dir, '.env')], secretsDir: join(dir, 'none') })
    expect(process.env).toEqual(before)
    expect(process.env.KIT_CONFIG_PROBE).toBeUndefined()
  })
})
