// Passwords are stored only as slow, salted argon2id hashes (@node-rs/argon2: a prebuilt native
// binding whose async functions run on libuv's threadpool, never on the event loop).
import { hash, parseOptions, verify } from '@node-rs/argon2'
import { z } from 'zod'

// #region hash-params
/** OWASP's baseline argon2id (= the library's defaults, pinned against upgrades). */
export const PASSWORD_POLICY =
  { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const

/** Bounded input: nobody makes the server hash megabytes. */
export const PasswordInput = z.string().min(8).max(1024)

/** A fresh random 16-byte salt per call: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`. */
export const hashPassword = (password: string): Promise<string> => hash(password, PASSWORD_POLICY)
// #endregion hash-params

// #region verify
/** Never `hashPassword(input) === stored`: random salts make that always false. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  }
  catch {
    return false // a malformed stored hash is a failed login, not a 500
  }
}
// #endregion verify

// #region needs-rehash
/** Older costs or a legacy format (bcrypt `$2b$12$…`): re-hash after the next good login. */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith('$argon2id$'))
    return true
  const { memoryCost, timeCost, parallelism, outputLen } = parseOptions(stored)
  const p = PASSWORD_POLICY
  return memoryCost !== p.memoryCost || timeCost !== p.timeCost
    || parallelism !== p.parallelism || outputLen !== p.outputLen
}

export async function verifyAndUpgrade(stored: string, password: string,
  save: (fresh: string) => Promise<void>): Promise<boolean> {
  const ok = await verifyPassword(stored, password)
  if (ok && needsRehash(stored))
    await save(await hashPassword(password)) // we hold the plaintext only now
  return ok
}
// #endregion needs-rehash

/** The hashing port the login route depends on (tests wrap it to count calls). */
export interface Passwords {
  hash: (password: string) => Promise<string>
  verify: (stored: string, password: string) => Promise<boolean>
}
export const argon2Passwords: Passwords = { hash: hashPassword, verify: verifyPassword }
