import { Hono } from 'hono'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'
import { testTokens } from '../../../snippets/web-api/authentication/fixtures.ts'
import { FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { serveWs, upgradeWebSocket, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import {
  AUTH_DEADLINE_MS, TICKET_TTL_MS, firstMessageAuth, memoryTickets, originCheck, redisTickets, sessionCookie,
  ticketRoute, verifyJwt, wsAuth, type TicketStore, type WsUserEnv,
} from '../../../snippets/web-api/websockets/ws-auth.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { closeClient, connect, handshakeStatus, type Client } from './ws-client.ts'

const tokens = testTokens()
const ORIGINS = ['https://app.example.com']

function createAuthApp(tickets: TicketStore) {
  const app = new Hono<WsUserEnv>()
  const hello = upgradeWebSocket(c => ({ onOpen: (_e, ws) => ws.send(`hello ${String(c.get('userId'))}`) }))
  app.post('/ws/ticket', ...ticketRoute(tokens, tickets))
  app.get('/ws/ticket', wsAuth(c => c.req.query('ticket'), tickets.consume), hello)
  app.get('/ws/token', wsAuth(c => c.req.query('token'), verifyJwt(tokens)), hello)
  app.get('/ws/cookie', originCheck(ORIGINS), wsAuth(sessionCookie, verifyJwt(tokens)), hello)
  return app
}

let server: WsServer | undefined
const clients: Client[] = []
afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(clients.splice(0).map(closeClient))
  await server?.close()
  server = undefined
})

async function issueTicket(s: WsServer, user = 'u1'): Promise<string> {
  const res = await fetch(`${s.url}/ws/ticket`, { method: 'POST', headers: { Authorization: `Bearer ${await signAccess(tokens, user)}` } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { ticket: string }).ticket
}

describe('handshake auth with one-time tickets', () => {
  it('no ticket -> the handshake is answered 401 and no socket opens', async () => {
    server = await serveWs(createAuthApp(memoryTickets()))
    expect(await handshakeStatus(server.wsUrl('/ws/ticket'))).toBe(401)
    expect(server.wss.clients.size).toBe(0)
  })

  it('POST /ws/ticket needs a bearer token', async () => {
    server = await serveWs(createAuthApp(memoryTickets()))
    expect((await fetch(`${server.url}/ws/ticket`, { method: 'POST' })).status).toBe(401)
  })

  it('a valid ticket opens the socket for the right user; the same ticket twice -> 401', async () => {
    server = await serveWs(createAuthApp(memoryTickets()))
    const ticket = await issueTicket(server, 'u42')
    expect(Buffer.from(ticket, 'base64url')).toHaveLength(32)
    const client = await connect(server.wsUrl(`/ws/ticket?ticket=${ticket}`))
    clients.push(client)
    expect(await client.next()).toBe('hello u42')
    expect(await handshakeStatus(server.wsUrl(`/ws/ticket?ticket=${ticket}`))).toBe(401)
  })

  it('a ticket older than 30 s -> 401', async () => {
    let now = 1_000_000
    server = await serveWs(createAuthApp(memoryTickets(() => now)))
    const ticket = await issueTicket(server)
    now += TICKET_TTL_MS
    expect(await handshakeStatus(server.wsUrl(`/ws/ticket?ticket=${ticket}`))).toBe(401)
  })
})

describe('query-token auth reuses the jose options of web-api/authentication', () => {
  it('a valid access token opens; alg "none" and garbage are refused with 401', async () => {
    server = await serveWs(createAuthApp(memoryTickets()))
    const client = await connect(server.wsUrl(`/ws/token?token=${await signAccess(tokens, 'u7')}`))
    clients.push(client)
    expect(await client.next()).toBe('hello u7')
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const now = Math.floor(Date.now() / 1000)
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1', type: 'access', iat: now, exp: now + 600, iss: tokens.issuer, aud: tokens.audience })}.`
    expect(await handshakeStatus(server.wsUrl(`/ws/token?token=${none}`))).toBe(401)
    expect(await handshakeStatus(server.wsUrl('/ws/token?token=garbage'))).toBe(401)
  })
})

describe('cookie auth with the Origin check', () => {
  it('a foreign Origin with a valid cookie -> 403; the app\'s own Origin -> 101', async () => {
    server = await serveWs(createAuthApp(memoryTickets()))
    const cookie = `session=${await signAccess(tokens, 'u1')}`
    expect(await handshakeStatus(server.wsUrl('/ws/cookie'), { Cookie: cookie, Origin: 'https://evil.example' })).toBe(403)
    expect(await handshakeStatus(server.wsUrl('/ws/cookie'), { Cookie: cookie })).toBe(403)
    expect(await handshakeStatus(server.wsUrl('/ws/cookie'), { Cookie: cookie, Origin: ORIGINS[0]! })).toBe(101)
    expect(await handshakeStatus(server.wsUrl('/ws/cookie'), { Origin: ORIGINS[0]! })).toBe(401)
  })
})

describe('first-message auth', () => {
  const verify = async (token: string) => (token === 'good' ? 'u1' : undefined)

  it('no auth within 5 s -> close 1008; a chat message before auth is ignored', async () => {
    vi.useFakeTimers()
    const socket = new FakeSocket()
    const auth = firstMessageAuth(socket, verify, () => {})
    expect(await auth.accept('{"type":"chat","payload":{"text":"sneaky"}}')).toBe(false)
    vi.advanceTimersByTime(AUTH_DEADLINE_MS - 1)
    expect(socket.closed).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(socket.closed).toEqual({ code: 1008, reason: 'auth timeout' })
  })

  it('a valid auth message stops the clock and lets later messages through', async () => {
    vi.useFakeTimers()
    const socket = new FakeSocket()
    const users: string[] = []
    const auth = firstMessageAuth(socket, verify, u => users.push(u))
    expect(await auth.accept('{"type":"auth","token":"good"}')).toBe(false)
    expect(await auth.accept('{"type":"chat"}')).toBe(true)
    vi.advanceTimersByTime(AUTH_DEADLINE_MS * 2)
    expect(socket.closed).toBeUndefined()
    expect(users).toEqual(['u1'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('an invalid token closes with 1008 at once', async () => {
    const socket = new FakeSocket()
    const auth = firstMessageAuth(socket, verify, () => {})
    await auth.accept('{"type":"auth","token":"bad"}')
    auth.close()
    expect(socket.closed).toEqual({ code: 1008, reason: 'invalid credentials' })
  })

  it('over a real socket: the client sees close 1008 after the deadline', async () => {
    const app = new Hono().get('/ws', upgradeWebSocket(() => {
      let auth: ReturnType<typeof firstMessageAuth> | undefined
      return {
        onOpen: (_e, ws) => { auth = firstMessageAuth({ get readyState() { return ws.readyState }, bufferedAmount: 0, send: d => ws.send(d), close: (c, r) => ws.close(c, r) }, verify, () => {}, 100) },
        onMessage: (e) => { void auth?.accept(String(e.data)) },
        onClose: () => auth?.close(),
      }
    }))
    server = await serveWs(app)
    const client = await connect(server.wsUrl('/ws'))
    client.socket.send('{"type":"chat"}')
    expect(await client.closed).toEqual({ code: 1008, reason: 'auth timeout' })
  })
})

describe('tickets in Redis (several instances)', () => {
  let redis: RedisServer
  let client: Redis
  beforeAll(async () => {
    redis = await startRedisServer()
    client = new Redis(redis.url)
  })
  afterAll(async () => {
    await client.quit()
    await redis.stop()
  })

  it('expire after 30 s and are consumed once, even by two concurrent instances', async () => {
    const [a, b] = [redisTickets(client), redisTickets(client)]
    const ticket = await a.issue('u9')
    expect(await client.pttl(`ws:ticket:${ticket}`)).toBeGreaterThan(TICKET_TTL_MS - 5_000)
    const results = await Promise.all([a.consume(ticket), b.consume(ticket)])
    expect(results.sort()).toEqual(['u9', undefined])
    expect(await b.consume(ticket)).toBeUndefined()
  })
})
