import { describe, expect, it } from 'vitest'
import { DatabaseParts, databaseUrl } from '../../../snippets/core-concepts/configuration/database-url.ts'

describe('database URL from parts', () => {
  it('defaults give the local URL', () => {
    expect(databaseUrl(DatabaseParts.parse({}))).toBe('postgresql://postgres@localhost:5432/myapp')
  })

  it('a password with @, / and : round-trips through new URL', () => {
    const parts = DatabaseParts.parse({ host: 'db.internal', port: '6543', user: 'app@svc', password: 'p@ss/w:rd?#%', name: 'orders' })
    const url = new URL(databaseUrl(parts))
    expect(url.hostname).toBe('db.internal')
    expect(url.port).toBe('6543')
    expect(decodeURIComponent(url.username)).toBe('app@svc')
    expect(decodeURIComponent(url.password)).toBe('p@ss/w:rd?#%')
    expect(url.pathname).toBe('/orders')
  })

  it('naive concatenation would point at the wrong host', () => {
    const naive = new URL('postgresql://postgres:p@ss/w:rd@localhost:5432/myapp')
    expect(naive.hostname).not.toBe('localhost')
  })
})
