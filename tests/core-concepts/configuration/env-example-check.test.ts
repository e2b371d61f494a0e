import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppSettings } from '../../../snippets/core-concepts/configuration/complete.ts'
import { checkEnvExample, envKeys, KIT_ENV_EXAMPLE } from '../../../snippets/core-concepts/configuration/env-example-check.ts'
import { NestedSettings } from '../../../snippets/core-concepts/configuration/nested-env.ts'

const example = readFileSync(KIT_ENV_EXAMPLE, 'utf8')

describe('.env.example drift check', () => {
  it('passes for the kit\'s example: every schema key documented, nothing stale', () => {
    expect(checkEnvExample(AppSettings, example)).toEqual({ undocumented: [], unknown: [] })
  })

  it('walks nested sections into __ names', () => {
    expect(envKeys(NestedSettings)).toEqual([
      'DATABASE__URL', 'DATABASE__POOL_SIZE', 'DATABASE__POOL_TIMEOUT', 'DATABASE__ECHO',
      'REDIS__URL', 'REDIS__TTL',
      'AUTH__SECRET_KEY', 'AUTH__ALGORITHM', 'AUTH__ACCESS_TOKEN_EXPIRE_MINUTES',
    ])
  })

  it('fails with the missing key\'s name when the schema has an undocumented key', () => {
    const Grown = AppSettings.in.extend({ openaiApiKey: z.string() })
    expect(checkEnvExample(Grown, example)).toEqual({ undocumented: ['OPENAI_API_KEY'], unknown: [] })
  })

  it('reports documented keys the schema no longer reads', () => {
    expect(checkEnvExample(z.object({ debug: z.stringbool() }), 'DEBUG=false\nOLD_FLAG=1\n')).toEqual({ undocumented: [], unknown: ['OLD_FLAG'] })
  })
})
