import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../snippets/core-concepts/configuration/frozen.ts'
import { secret } from '../../../snippets/core-concepts/configuration/secret.ts'

describe('deep-frozen settings', () => {
  const settings = deepFreeze({ debug: false, database: { poolSize: 5, hosts: ['a', 'b'] }, key: secret().parse('k') })

  it('assigning to a top-level or nested field throws a TypeError (ES modules are strict)', () => {
    expect(() => {
      // @ts-expect-error the type is read-only all the way down
      settings.debug = true
    }).toThrow(TypeError)
    expect(() => {
      // @ts-expect-error nested sections are read-only too
      settings.database.poolSize = 50
    }).toThrow(TypeError)
    expect(() => {
      // @ts-expect-error arrays become readonly arrays
      settings.database.hosts.push('c')
    }).toThrow(TypeError)
    expect(settings.database.poolSize).toBe(5)
  })

  it('Object.freeze alone is shallow: the nested section stays writable', () => {
    const shallow = Object.freeze({ database: { poolSize: 5 } })
    shallow.database.poolSize = 50
    expect(shallow.database.poolSize).toBe(50)
  })

  it('a frozen Secret still reveals its value', () => {
    expect(settings.key.reveal()).toBe('k')
  })
})
