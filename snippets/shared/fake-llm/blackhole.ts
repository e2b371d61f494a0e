// The connect-timeout fault: a TCP listener that accepts connections and never says a word, so a
// TLS handshake (an `https:` origin) never completes and undici's connectTimeout fires.
import { createServer } from 'node:net'
import type { Socket } from 'node:net'

export interface Blackhole {
  url: string // https://127.0.0.1:<port>
  port: number
  /** Connections accepted so far, and those still open. */
  stats: { accepted: number, openSockets: number }
  close: () => Promise<void>
}

// #region blackhole
export async function startBlackhole(host = '127.0.0.1'): Promise<Blackhole> {
  const sockets = new Set<Socket>()
  const stats = { accepted: 0, openSockets: 0 }
  const server = createServer((socket) => {
    stats.accepted++
    stats.openSockets++
    sockets.add(socket)
    socket.on('error', () => {}) // the client gives up with a reset: expected
    socket.resume() // read and drop the ClientHello, so the client's close is noticed
    socket.once('close', () => {
      stats.openSockets--
      sockets.delete(socket)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('blackhole: expected a TCP address')
  return {
    url: `https://${host}:${address.port}`,
    port: address.port,
    stats,
    async close() {
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      const gone = [...sockets].map(s => new Promise<void>(resolve => s.once('close', () => resolve())))
      for (const socket of sockets)
        socket.destroy()
      await Promise.all([closed, ...gone])
    },
  }
}
// #endregion blackhole
