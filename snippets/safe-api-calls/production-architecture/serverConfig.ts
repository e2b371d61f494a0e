// The server half of pod admission: the uvicorn flags `--backlog` and `--timeout-keep-alive` as Node
// settings on the server @hono/node-server creates. Node only (sockets).
import { Server } from 'node:http'
import { connect } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'

export interface ServerConfig {
  host: string // 127.0.0.1 in tests; 0.0.0.0 in a container
  port: number // 0: an ephemeral port
  backlog: number // guide: 200 (Node's default is 511)
  keepAliveMs: number // guide: 5 s, Node's default too
  keepAliveBufferMs: number // Node 24: extra grace on top (default 1 s); the socket closes after both
  headersTimeoutMs: number // Node default 60 s; must exceed keepAliveMs
  requestTimeoutMs: number // Node default 300 s: a whole request, headers and body
}

export const PRODUCTION_SERVER: Omit<ServerConfig, 'host' | 'port'> = {
  backlog: 200, keepAliveMs: 5_000, keepAliveBufferMs: 1_000, headersTimeoutMs: 60_000, requestTimeoutMs: 300_000,
}

// #region listenWithBacklog
type FetchApp = { fetch: (req: Request) => Response | Promise<Response> }

export async function listenWithBacklog(app: FetchApp, cfg: ServerConfig): Promise<Server> {
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false })
  if (!(server instanceof Server))
    throw new TypeError('expected an HTTP/1.1 server')
  applyKeepAlive(server, cfg)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject) // EADDRINUSE and friends reject instead of crashing
    // backlog: connections the OS queues before refusing; beyond it clients see ECONNREFUSED
    server.listen({ host: cfg.host, port: cfg.port, backlog: cfg.backlog }, resolve)
  })
  return server
}
// #endregion listenWithBacklog

// #region keepAlive
export function applyKeepAlive(server: Server, cfg: Omit<ServerConfig, 'host' | 'port' | 'backlog'>) {
  if (cfg.headersTimeoutMs <= cfg.keepAliveMs)
    throw new RangeError('headersTimeout must exceed keepAliveTimeout')
  server.keepAliveTimeout = cfg.keepAliveMs // advertised as Keep-Alive: timeout=N
  server.keepAliveTimeoutBuffer = cfg.keepAliveBufferMs // idle socket closes at keepAlive + buffer
  server.headersTimeout = cfg.headersTimeoutMs // slow-loris guard for request headers
  server.requestTimeout = cfg.requestTimeoutMs // upper bound for receiving one whole request
}
// #endregion keepAlive

/** Closes the server and every idle keep-alive socket (in-flight requests finish first). */
export function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>(resolve => server.close(() => resolve()))
  server.closeIdleConnections()
  return closed
}

/** One raw TCP client (what a keep-alive pool holds): send GETs on it, see when the server closes it. */
export async function rawClient(port: number) {
  const socket = connect({ host: '127.0.0.1', port })
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  let closedAt: number | undefined
  socket.once('close', () => { closedAt = performance.now() })
  return {
    localPort: socket.localPort,
    closed: () => closedAt !== undefined,
    closedAt: () => closedAt,
    whenClosed: () => new Promise<number>(resolve => closedAt === undefined ? socket.once('close', () => resolve(closedAt!)) : resolve(closedAt)),
    /** Sends one GET and resolves with the raw response once its body arrived. */
    get(): Promise<string> {
      return new Promise((resolve, reject) => {
        let raw = ''
        const onData = (chunk: Buffer) => {
          raw += chunk.toString()
          if (/\r\n\r\n[\s\S]*ok$/.test(raw)) { socket.off('data', onData); resolve(raw) }
        }
        socket.on('data', onData).once('error', reject)
        socket.write('GET / HTTP/1.1\r\nHost: pod\r\n\r\n')
      })
    },
    destroy: () => socket.destroy(),
  }
}
