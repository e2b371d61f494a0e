// Honouring the server's `Keep-Alive: timeout=N` hint: undici closes an idle socket at
// min(hint - threshold, keepAliveMaxTimeout), so the CLIENT closes first and never reuses a socket
// the server is about to drop ("other side closed"). Node only (sockets).
import { createServer } from 'node:http'
import type { Socket } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import type { Agent } from 'undici'
import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { createPresetAgent, small } from './agent-config.ts'

// #region server-hint
export const hintAwareAgent = (thresholdMs = 1_000): Agent => createPresetAgent({
  ...small,
  keepAliveTimeoutMs: 4_000, // used only when the server sends no hint
  keepAliveMaxTimeoutMs: 10_000, // a hint of timeout=600 is capped here
  keepAliveTimeoutThresholdMs: thresholdMs, // hint 2 s - 1 s: the client closes at 1 s idle
})
// #endregion server-hint

export interface IdleTimeoutServer {
  url: string
  /** Who closed each finished connection: 'client' (FIN from the client first) or 'server'. */
  closedBy: ('client' | 'server')[]
  openSockets: () => number
  close: () => Promise<void>
}

/** The fake LLM behind a Node server whose idle timeout (and so its Keep-Alive hint) is `idleMs`. */
export async function serveWithIdleTimeout(idleMs: number): Promise<IdleTimeoutServer> {
  const fake = createFakeLlm()
  const server = createServer(getRequestListener(fake.app.fetch, { overrideGlobalObjects: false }))
  server.keepAliveTimeout = idleMs // sent as `Keep-Alive: timeout=<idleMs / 1000>`
  const sockets = new Set<Socket>()
  const closedBy: ('client' | 'server')[] = []
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    let clientEnded = false
    socket.once('end', () => { clientEnded = true }) // the peer's FIN arrived
    socket.once('close', () => {
      sockets.delete(socket)
      closedBy.push(clientEnded ? 'client' : 'server')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('expected a TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    closedBy,
    openSockets: () => sockets.size,
    async close() {
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
}
