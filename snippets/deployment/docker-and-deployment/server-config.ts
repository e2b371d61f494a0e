// The Uvicorn flags that matter, as @hono/node-server settings in code: bind address, port,
// keep-alive, header and request timeouts, listen backlog. Node only.
import { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { FetchApp } from '../../web-api/http-and-parameters/listen.ts'

export interface ServerSettings {
  host: string // 0.0.0.0 in a container: 127.0.0.1 there is unreachable from outside
  port: number
  keepAliveTimeoutMs: number // above the load balancer's idle timeout
  headersTimeoutMs: number // above keepAliveTimeoutMs
  requestTimeoutMs: number
  backlog: number // Node's default is 511
}

export const productionServer: ServerSettings = {
  host: '0.0.0.0', port: 3000, keepAliveTimeoutMs: 5_000, headersTimeoutMs: 6_000,
  requestTimeoutMs: 30_000, backlog: 2048,
}

export interface RunningServer { server: Server, url: string, settings: ServerSettings }

// #region listen
export async function startServer(app: FetchApp, s = productionServer): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch })
  if (!(server instanceof Server)) throw new TypeError('expected an HTTP/1.1 server')
  server.keepAliveTimeout = s.keepAliveTimeoutMs // --timeout-keep-alive 5
  server.headersTimeout = s.headersTimeoutMs // default 60 s: set it on purpose
  server.requestTimeout = s.requestTimeoutMs // default 300 s: far too long for an API
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject) // e.g. the port is taken
    server.listen({ host: s.host, port: s.port, backlog: s.backlog }, resolve) // --backlog 2048
  })
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}`, settings: { ...s, port } }
}
// #endregion listen

/** What the running server actually uses (the backlog is not readable back from Node). */
export const describeServer = ({ server, settings }: RunningServer) => ({
  address: (server.address() as AddressInfo).address, keepAliveTimeout: server.keepAliveTimeout,
  headersTimeout: server.headersTimeout, requestTimeout: server.requestTimeout, backlog: settings.backlog,
})

export const stopServer = ({ server }: RunningServer) => new Promise<void>((resolve, reject) => {
  server.close(err => (err ? reject(err) : resolve()))
  server.closeIdleConnections()
})
