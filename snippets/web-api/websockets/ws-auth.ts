// Authenticate the handshake: a Hono middleware before upgradeWebSocket refuses with 401/403 and
// no socket ever exists. One-time tickets, query JWTs, cookies + Origin, first-message auth.
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Redis } from 'ioredis'
import { base64url } from 'jose'
import { z } from 'zod'
import { bearerToken } from '../authentication/bearer.ts'
import { verifyToken, type TokenSettings } from '../authentication/jwt.ts'
import { OPEN, type SocketLike } from './connection-manager.ts'

export type WsUserEnv = { Variables: { userId: string } }
/** A credential -> a user id, or undefined. Never throws for bad input. */
export type Verify = (credential: string) => Promise<string | undefined>

// #region handshake-auth
/** Before upgradeWebSocket: refuse the handshake, no socket and no state exist yet. */
export const wsAuth = (read: (c: Parameters<MiddlewareHandler>[0]) => string | undefined,
  verify: Verify): MiddlewareHandler<WsUserEnv> => async (c, next) => {
  const credential = read(c)
  const userId = credential === undefined ? undefined : await verify(credential)
  if (userId === undefined) return c.text('Unauthorized', 401) // the browser sees only 1006
  c.set('userId', userId)
  await next()
}
/** The jose options of web-api/authentication: pinned HS256, exp/iat/sub, issuer, audience. */
export const verifyJwt = (tokens: TokenSettings): Verify => async (token) => {
  try { return (await verifyToken(tokens, token, 'access')).sub }
  catch { return undefined }
}
// app.get('/ws', wsAuth(c => c.req.query('token'), verifyJwt(tokens)), upgradeWebSocket(...))
// #endregion handshake-auth

export interface TicketStore {
  issue: (userId: string) => Promise<string>
  /** Returns the user once; a second call, or a call after 30 s, returns undefined. */
  consume: (ticket: string) => Promise<string | undefined>
}
export const TICKET_TTL_MS = 30_000
const randomTicket = () => base64url.encode(crypto.getRandomValues(new Uint8Array(32)))

// #region ticket
export function memoryTickets(now = Date.now): TicketStore { // one process only
  const tickets = new Map<string, { userId: string, expires: number }>()
  return {
    issue: async (userId) => {
      const ticket = randomTicket() // 32 random bytes, base64url
      tickets.set(ticket, { userId, expires: now() + TICKET_TTL_MS })
      return ticket
    },
    consume: async (ticket) => {
      const entry = tickets.get(ticket)
      tickets.delete(ticket) // single use: gone as it is read
      return entry && entry.expires > now() ? entry.userId : undefined
    },
  }
}
// #endregion ticket

// #region ticket-redis
export const redisTickets = (redis: Redis, prefix = 'ws:ticket:'): TicketStore => ({
  issue: async (userId) => {
    const ticket = randomTicket()
    await redis.set(prefix + ticket, userId, 'PX', TICKET_TTL_MS, 'NX')
    return ticket
  },
  // GETDEL is atomic: two instances can never both accept one ticket
  consume: async ticket => (await redis.getdel(prefix + ticket)) ?? undefined,
})
// #endregion ticket-redis

// #region ticket-route
/** POST /ws/ticket is an ordinary authenticated HTTP call (Bearer). */
export const ticketRoute = (tokens: TokenSettings, store: TicketStore) => [
  bearerToken(),
  wsAuth(c => c.var.token, verifyJwt(tokens)),
  async (c: Parameters<MiddlewareHandler<WsUserEnv>>[0]) =>
    c.json({ ticket: await store.issue(c.var.userId), expires_in: TICKET_TTL_MS / 1000 }),
] as const
// #endregion ticket-route

// #region origin-check
/** Cookies ride along from ANY site: check Origin against the CORS allowlist (CSWSH). */
export const originCheck = (allowed: readonly string[]): MiddlewareHandler => async (c, next) => {
  const origin = c.req.header('origin')
  if (origin === undefined || !allowed.includes(origin)) return c.text('Forbidden', 403)
  await next()
}
// app.get('/ws', originCheck(origins), wsAuth(c => getCookie(c, 'session'), verifyJwt(t)), …)
// #endregion origin-check
export const sessionCookie = (c: Parameters<MiddlewareHandler>[0]) => getCookie(c, 'session')

export const AUTH_DEADLINE_MS = 5_000
const AuthMessage = z.object({ type: z.literal('auth'), token: z.string().min(1).max(4096) })
const authToken = (data: string): string | undefined => {
  try { return AuthMessage.safeParse(JSON.parse(data)).data?.token }
  catch { return undefined } // not JSON: not an auth message
}

// #region first-message-deadline
export function firstMessageAuth(socket: SocketLike, verify: Verify,
  onAuthenticated: (userId: string) => void, deadlineMs = AUTH_DEADLINE_MS) {
  let userId: string | undefined
  const timer = setTimeout(() => socket.close(1008, 'auth timeout'), deadlineMs)
  return {
    /** true when the message is for the app; everything before auth is dropped. */
    accept: async (data: string): Promise<boolean> => {
      if (userId !== undefined) return true
      const token = authToken(data)
      if (token === undefined) return false // not auth: ignored
      userId = await verify(token)
      if (userId === undefined) socket.close(1008, 'invalid credentials')
      else { clearTimeout(timer); if (socket.readyState === OPEN) onAuthenticated(userId) }
      return false
    },
    close: () => clearTimeout(timer), // from onClose
  }
}
// #endregion first-message-deadline
