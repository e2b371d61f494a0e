// API keys for machine clients: store only SHA-256 digests, compare in constant time,
// and accept "a bearer token or a key" on one route.
import type { MiddlewareHandler } from 'hono'
import { createHash, timingSafeEqual } from 'node:crypto'
import { HTTPException } from 'hono/http-exception'
import { AuthorizationError } from '../error-responses/domain-errors.ts'
import type { AuthDeps } from './auth-chain.ts'
import { userIfValid } from './auth-chain.ts'
import { parseBearer, unauthorized } from './bearer.ts'

export interface ApiClient { name: string, permissions: readonly string[], rateLimit: number }

// #region key-digest
/** Keys are long random values: a fast digest is enough (no slow password hash needed). */
export const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest()

export function apiKeyStore(clients: ReadonlyArray<readonly [key: string, client: ApiClient]>) {
  const stored = clients.map(([key, client]) => ({ digest: digest(key), client })) // no raw keys
  const find = (key: string) => { // filter, not find: every digest is compared, no early exit
    const given = digest(key)
    return stored.filter(s => safeEqualDigest(s.digest, given))[0]?.client
  }
  return { find }
}
export type ApiKeyStore = ReturnType<typeof apiKeyStore>
// #endregion key-digest

// #region timing-safe
/** Both sides are 32-byte digests: equal lengths, so timingSafeEqual never throws. */
export const safeEqualDigest = (a: Buffer, b: Buffer): boolean => timingSafeEqual(a, b)

/** For a single configured key: never `===` on raw strings (it stops at the first difference). */
export const safeEqualKey = (given: string, expected: string): boolean =>
  safeEqualDigest(digest(given), digest(expected))
// #endregion timing-safe

export type ClientEnv = { Variables: { client: ApiClient } }

// #region client-perms
/** Missing key -> 401, unknown key -> 403 (the guide's statuses), missing permission -> 403. */
export const apiKey = (store: ApiKeyStore, ...perms: string[]): MiddlewareHandler<ClientEnv> =>
  async (c, next) => {
    const key = c.req.header('x-api-key')
    if (!key)
      throw new HTTPException(401, { message: 'API key required' })
    const client = store.find(key)
    if (!client)
      throw new AuthorizationError('Invalid API key')
    const missing = perms.filter(p => !client.permissions.includes(p))
    if (missing.length)
      throw new AuthorizationError(`Missing permissions: ${missing.join(', ')}`)
    c.set('client', client)
    await next()
  }
// #endregion client-perms

export type Principal = { kind: 'user', id: string } | { kind: 'client', id: string }
export type PrincipalEnv = { Variables: { principal: Principal } }

// #region jwt-or-key
/** A valid bearer token wins, else a valid key, else 401. */
export const jwtOrKey = (deps: AuthDeps, keys: ApiKeyStore): MiddlewareHandler<PrincipalEnv> =>
  async (c, next) => {
    const user = await userIfValid(deps, parseBearer(c.req.header('authorization')))
    const key = c.req.header('x-api-key')
    const client = !user && key ? keys.find(key) : undefined
    if (user)
      c.set('principal', { kind: 'user', id: user.id })
    else if (client)
      c.set('principal', { kind: 'client', id: client.name })
    else
      throw unauthorized('No authentication provided')
    await next()
  }
// #endregion jwt-or-key
