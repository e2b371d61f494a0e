// Serves a Hono app on a real socket: the same `app.fetch` that `app.request()` calls in-process.
// Node only (loopback servers in tests and node demos).
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

export interface FetchApp { fetch: (request: Request) => Response | Promise<Response> }

export interface Listening {
  /** e.g. http://127.0.0.1:43817 */
  url: string
  close: () => Promise<void>
}

// #region listen
/** Listen on 127.0.0.1 and a free port (0 = the OS picks one). */
export function listen(app: FetchApp, port = 0): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const options = { fetch: app.fetch, hostname: '127.0.0.1', port }
    const server = serve(options, (info: AddressInfo) => resolve({
      url: `http://127.0.0.1:${info.port}`,
      close: () => new Promise<void>((done, fail) =>
        server.close(err => (err ? fail(err) : done()))),
    }))
    server.once('error', reject) // e.g. the port is taken
  })
}
// #endregion listen
