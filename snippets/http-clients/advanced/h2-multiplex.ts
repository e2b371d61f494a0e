// Ten concurrent requests, two protocols: HTTP/1.1 carries one request per socket at a time, so it
// opens ten; HTTP/2 multiplexes them as streams over one session. Loopback servers count what
// they accept. Node only (node:http, node:http2, undici).
import { createServer } from 'node:http'
import { createServer as createH2Server } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { Agent, fetch, H2CClient } from 'undici'

export interface CountingServer { url: string, connections: () => number, close: () => Promise<void> }

async function listen(server: ReturnType<typeof createServer> | ReturnType<typeof createH2Server>) {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** HTTP/1.1 (`h1`) or cleartext HTTP/2 (`h2`, h2c) server answering its path after 50 ms. */
export async function startCountingServer(protocol: 'h1' | 'h2'): Promise<CountingServer> {
  let connections = 0
  const server = protocol === 'h1' ? createServer() : createH2Server()
  server.on(protocol === 'h1' ? 'connection' : 'session', () => connections++)
  server.on('request', (req: { url?: string }, res: { end: (body: string) => void }) => {
    setTimeout(() => res.end(`ok ${req.url}`), 50) // long enough for all ten to overlap
  })
  const url = await listen(server)
  return {
    url, connections: () => connections,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

// #region h1-vs-h2
export const h1Agent = () => new Agent({ allowH2: false }) // unlimited sockets per origin
// On https, allowH2 alone negotiates h2 via ALPN. Cleartext h2c (loopback tests) needs undici's
// H2CClient: one session per origin, up to 100 concurrent streams on it.
export const h2Agent = () => new Agent({ allowH2: true,
  factory: origin => new H2CClient(origin, { maxConcurrentStreams: 100 }) })

/** Fires `n` requests at once; returns the bodies in order. */
export async function fireConcurrently(agent: Agent, url: string, n = 10): Promise<string[]> {
  return await Promise.all(Array.from({ length: n }, async (_, i) => {
    const res = await fetch(`${url}/r${i}`, { dispatcher: agent })
    return await res.text()
  }))
}
// #endregion h1-vs-h2
