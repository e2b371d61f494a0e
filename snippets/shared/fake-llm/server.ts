// The fake LLM over real sockets: @hono/node-server on 127.0.0.1 and an ephemeral port, plus what
// only a socket can do: reset the connection (before headers, mid-body, mid-stream) and count
// open sockets. close() ends every socket, so a test's afterEach leaves nothing behind.
import type { Socket } from 'node:net'
import { createServer, ServerResponse } from 'node:http'
import { setImmediate as nextTurn, setTimeout as wait } from 'node:timers/promises'
import { getRequestListener } from '@hono/node-server'
import { createFakeLlm } from './app.ts'
import type { ConnectionControl, FakeLlm, FakeLlmOptions, FakeLlmStats } from './app.ts'

export interface ServeFakeLlmOptions extends Omit<FakeLlmOptions, 'connection'> {
  port?: number // default 0: an ephemeral port
  host?: string // default 127.0.0.1
}

export interface FakeLlmServer {
  url: string // http://127.0.0.1:<port>, no trailing slash
  port: number
  fake: FakeLlm
  stats: FakeLlmStats // the same object as fake.stats (with the socket gauges filled in)
  close: () => Promise<void>
}

function outgoingOf(env: unknown): ServerResponse | undefined {
  if (typeof env !== 'object' || env === null || !('outgoing' in env))
    return undefined
  return env.outgoing instanceof ServerResponse ? env.outgoing : undefined
}

// #region reset
/** Destroys a request's socket; mid-body only once the headers and the bytes written so far have left. */
export const socketReset: ConnectionControl = {
  async reset(env, hard, phase) {
    const outgoing = outgoingOf(env)
    const socket = outgoing?.socket
    if (!outgoing || !socket)
      return false
    // node's http writes headers lazily and corks chunks until the next tick: let them out first.
    for (let i = 0; phase === 'body' && i < 200 && !outgoing.headersSent; i++)
      await wait(1)
    await nextTurn()
    for (let i = 0; i < 200 && socket.writableLength > 0 && !socket.destroyed; i++)
      await wait(1)
    if (hard)
      socket.resetAndDestroy() // TCP RST: the client reads ECONNRESET
    else
      socket.destroy() // FIN without a response end: "other side closed"
    return true
  },
}
// #endregion reset

// #region serve
export async function serveFakeLlm(options: ServeFakeLlmOptions = {}): Promise<FakeLlmServer> {
  const fake = createFakeLlm({ ...options, connection: socketReset })
  const sockets = new Set<Socket>()
  // overrideGlobalObjects: false keeps the test process's global Request/Response untouched.
  const server = createServer(getRequestListener(fake.app.fetch, { overrideGlobalObjects: false }))
  server.on('connection', (socket) => {
    sockets.add(socket)
    fake.stats.socketOpened()
    socket.once('close', () => {
      sockets.delete(socket)
      fake.stats.socketClosed()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('fake LLM: expected a TCP address')
  const { port } = address
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    fake,
    stats: fake.stats,
    async close() {
      fake.stopAll()
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      const gone = [...sockets].map(s => new Promise<void>(resolve => s.once('close', () => resolve())))
      for (const socket of sockets)
        socket.destroy()
      await Promise.all([closed, ...gone])
    },
  }
}
// #endregion serve
