import { Server } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyKeepAlive, closeServer, listenWithBacklog, rawClient, type ServerConfig } from '../../../snippets/safe-api-calls/production-architecture/serverConfig.ts'

const SCALED: ServerConfig = { host: '127.0.0.1', port: 0, backlog: 200, keepAliveMs: 300, keepAliveBufferMs: 0, headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 }
const app = new Hono().get('/', c => c.text('ok'))
let server: Server | undefined
const clients: { destroy: () => void }[] = []
const client = async (port: number) => { const c = await rawClient(port); clients.push(c); return c }

afterEach(async () => {
  vi.restoreAllMocks()
  clients.splice(0).forEach(c => c.destroy())
  if (server) await closeServer(server)
  server = undefined
})

const portOf = (s: Server) => { const a = s.address(); if (a === null || typeof a === 'string') throw new Error('no port'); return a.port }

describe('serverConfig: backlog and keep-alive, the uvicorn flags in Node', () => {
  it('listens with the configured backlog and timeouts', async () => {
    const listen = vi.spyOn(Server.prototype, 'listen')
    server = await listenWithBacklog(app, SCALED)
    expect(listen.mock.calls[0]![0]).toMatchObject({ host: '127.0.0.1', port: 0, backlog: 200 })
    expect(server.keepAliveTimeout).toBe(300)
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout)
    expect(() => applyKeepAlive(new Server(), { ...SCALED, headersTimeoutMs: 300 })).toThrow(RangeError)
  })

  it('advertises the window and closes an idle client socket after about 300 ms', async () => {
    server = await listenWithBacklog(app, SCALED)
    const c = await client(portOf(server))
    const raw = await c.get()
    expect(raw).toMatch(/keep-alive: timeout=0/i) // whole seconds only: 300 ms rounds down
    const t0 = performance.now()
    const idle = (await c.whenClosed()) - t0
    expect(idle).toBeGreaterThan(250)
    expect(idle).toBeLessThan(900) // generous: a loaded machine
  })

  it('a request 100 ms later reuses the socket; one 500 ms later needs a new one', async () => {
    server = await listenWithBacklog(app, SCALED)
    const port = portOf(server)
    const c = await client(port)
    await c.get()
    await sleep(100)
    expect(c.closed()).toBe(false)
    await c.get() // same socket, same local port: no new handshake
    await sleep(500)
    expect(c.closed()).toBe(true) // the server reclaimed it
    const next = await client(port)
    expect(next.localPort).not.toBe(c.localPort)
    expect(await next.get()).toMatch(/ok$/)
  })
})
