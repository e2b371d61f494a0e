import { hash } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import {
  argon2Passwords, hashPassword, needsRehash, PASSWORD_POLICY, PasswordInput, verifyAndUpgrade, verifyPassword,
} from '../../../snippets/web-api/authentication/password-hash.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('argon2id password hashing', () => {
  it('pins OWASP\'s baseline: argon2id, 19 MiB, t=2, p=1, a 16-byte salt and a 32-byte hash', async () => {
    expect(PASSWORD_POLICY).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 })
    const stored = await hashPassword('correct horse battery staple')
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
    const [salt, digest] = stored.split('$').slice(4)
    expect(Buffer.from(salt!, 'base64').length).toBe(16)
    expect(Buffer.from(digest!, 'base64').length).toBe(32)
  })

  it('two hashes of one password differ (random salt), and both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('pw-123456'), hashPassword('pw-123456')])
    expect(a).not.toBe(b)
    expect(await verifyPassword(a, 'pw-123456')).toBe(true)
    expect(await verifyPassword(b, 'pw-123456')).toBe(true)
  })

  it('verify is false for a wrong password and for a malformed stored hash (no throw)', async () => {
    const stored = await hashPassword('pw-123456')
    expect(await verifyPassword(stored, 'pw-654321')).toBe(false)
    expect(await verifyPassword('not-a-hash', 'pw-123456')).toBe(false)
    expect(await argon2Passwords.verify(stored, 'pw-123456')).toBe(true)
  })

  it('flags lower costs and legacy bcrypt strings for rehash, not the current policy', async () => {
    expect(needsRehash(await hash('pw', { memoryCost: 4096, timeCost: 1 }))).toBe(true)
    expect(needsRehash('$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW')).toBe(true)
    expect(needsRehash(await hashPassword('pw-123456'))).toBe(false)
  })

  it('a successful login replaces a weak hash; a failed one does not', async () => {
    const weak = await hash('pw-123456', { memoryCost: 4096, timeCost: 1 })
    const saved: string[] = []
    const save = async (fresh: string) => { saved.push(fresh) }
    expect(await verifyAndUpgrade(weak, 'wrong-password', save)).toBe(false)
    expect(saved).toEqual([])
    expect(await verifyAndUpgrade(weak, 'pw-123456', save)).toBe(true)
    expect(saved).toHaveLength(1)
    expect(saved[0]!.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
    expect(await verifyPassword(saved[0]!, 'pw-123456')).toBe(true)
  })

  it('the schema rejects an over-long password before anything is hashed', () => {
    expect(PasswordInput.safeParse('x'.repeat(1024)).success).toBe(true)
    expect(PasswordInput.safeParse('x'.repeat(1025)).success).toBe(false)
    expect(PasswordInput.safeParse('short').success).toBe(false)
  })

  it('demo: prints the policy prefix, different hashes, verify results, rehash flags', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/password-hash.demo.ts'))
    expect(lines).toEqual([
      'stored: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>',
      'same password, same hash? false',
      'verify right password: true',
      'verify wrong password: false',
      '$argon2id$v=19$m=4096,t=1,p=1… needs rehash? true',
      '$argon2id$v=19$m=19456,t=2,p=1$… needs rehash? false',
    ])
  })
})
