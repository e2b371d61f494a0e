// The comparison table as data: every cell names the setting or default it stands for, and the
// tests (tests/http-clients/choosing-a-client/feature-matrix.test.ts) check each one against the
// installed versions, so the slide cannot drift from the libraries. Node only (probes below).
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch } from 'undici'

export const LIBS = ['fetch', 'undici', 'got', 'axios', 'ky'] as const
export type Lib = typeof LIBS[number]
type Cells = readonly [fetch: string, undici: string, got: string, axios: string, ky: string]

// #region matrix
export const MATRIX = {
  //                   fetch          undici          got             axios            ky
  'HTTP/2':          ['dispatcher',  'allowH2',      'http2: true',  'httpVersion 2', 'custom fetch'],
  'WebSockets':      ['global WS',   'WebSocket',    'no',           'no',            'no'],
  'DNS caching':     ['interceptor', 'interceptor',  'dnsCache',     'no',            'no'],
  'per-host limit':  ['dispatcher',  'connections',  'maxSockets',   'maxSockets',    'none'],
  'phase timeouts':  ['dispatcher',  'yes',          'yes',          'one timer',     'one timer'],
  'throws on status':['no',          'opt-in',       'yes',          'yes',           'yes'],
  'default retries': ['0',           'interceptor',  '2',            '0',             '2'],
  'hooks':           ['no',          'interceptors', 'hooks',        'interceptors',  'hooks'],
  'proxy':           ['ProxyAgent',  'ProxyAgent',   'agent',        'proxy',         'ProxyAgent'],
  'streaming':       ['body',        'stream()',     'got.stream()', 'responseType',  'body'],
  'browsers':        ['yes',         'no',           'no',           'yes',           'yes'],
} as const satisfies Record<string, Cells>
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
