// The comparison table as data: every cell names the setting or default it stands for, and the
// tests (tests/http-clients/choosing-a-client/feature-matrix.test.ts) check each one against the
// installed versions, so the slide cannot drift from the libraries. Node only (probes below).
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch } from 'undici'

export type Lib = 'fetch' | 'undici' | 'got' | 'axios' | 'ky'

// #region matrix
export const MATRIX = {
  'HTTP/2': { fetch: 'dispatcher', undici: 'allowH2', got: 'http2: true', axios: 'httpVersion: 2', ky: 'custom fetch' },
  'WebSockets': { fetch: 'global WebSocket', undici: 'WebSocket', got: 'no', axios: 'no', ky: 'no' },
  'DNS caching': { fetch: 'dns interceptor', undici: 'dns interceptor', got: 'dnsCache', axios: 'no', ky: 'no' },
  'per-host limit': { fetch: 'dispatcher', undici: 'connections', got: 'maxSockets', axios: 'maxSockets', ky: 'none' },
  'phase timeouts': { fetch: 'dispatcher', undici: 'yes', got: 'yes', axios: 'one timer', ky: 'one timer' },
  'throws on status': { fetch: 'no', undici: 'opt-in', got: 'yes', axios: 'yes', ky: 'yes' },
  'default retries': { fetch: 0, undici: 'interceptor', got: 2, axios: 0, ky: 2 },
  'hooks': { fetch: 'no', undici: 'interceptors', got: 'hooks', axios: 'interceptors', ky: 'hooks' },
  'proxy': { fetch: 'ProxyAgent', undici: 'ProxyAgent', got: 'agent', axios: 'proxy', ky: 'ProxyAgent' },
  'streaming': { fetch: 'body', undici: 'stream()', got: 'got.stream()', axios: 'responseType', ky: 'body' },
  'browsers': { fetch: 'yes', undici: 'no', got: 'no', axios: 'yes', ky: 'yes' },
} as const satisfies Record<string, Record<Lib, string | number>>
// #endregion matrix

/** The protocol each client actually negotiated with a TLS server (self-signed `ca`). */
export async function negotiated(lib: Lib, url: string, ca: string): Promise<string> {
  if (lib === 'got') return (await got(url, { http2: true, https: { certificateAuthority: ca } }).text())
  if (lib === 'axios') return (await axios.get<string>(url, { httpVersion: 2, http2Options: { ca }, responseType: 'text' })).data
  const agent = new Agent({ allowH2: true, connect: { ca } })
  try {
    if (lib === 'ky') // ky runs on any fetch: give it undici's, with the h2 agent
      return await ky(url, { fetch: async (input) => { // (re-wrapped: undici's Response type differs)
        const res = await fetch(input instanceof Request ? input.url : input, { dispatcher: agent })
        return new Response(await res.text(), { status: res.status })
      } }).text()
    return await (await fetch(url, { dispatcher: agent })).text() // fetch and undici alike
  }
  finally { await agent.close() }
}
