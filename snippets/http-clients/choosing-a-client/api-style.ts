// Who throws on 4xx/5xx? axios, got and ky reject; fetch and undici's request resolve with the
// status and leave the check to you. The most common migration bug lives in this difference.
// Node only (undici, got).
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch, interceptors, request } from 'undici'
import type { Dispatcher } from 'undici'

export type Outcome = `resolved ${number}` | `threw ${string}`
export type Client = 'fetch' | 'undici.request' | 'undici + responseError' | 'got' | 'axios' | 'ky'

// #region status-handling
const CALLS: Record<Client, (url: string, agent: Dispatcher) => Promise<number>> = {
  'fetch': async (url, agent) => (await fetch(url, { dispatcher: agent })).status, // no throw
  'undici.request': async (url, agent) => (await request(url, { dispatcher: agent })).statusCode,
  'undici + responseError': async (url, agent) => (await request(url, // opt in: reject >= 400
    { dispatcher: agent.compose(interceptors.responseError()) })).statusCode,
  'got': async url => (await got(url, { retry: { limit: 0 } })).statusCode, // HTTPError
  'axios': async url => (await axios.get(url)).status, // AxiosError, err.response.status
  'ky': async url => (await ky(url, { retry: 0 })).status, // HTTPError
}
// #endregion status-handling

/** Calls `url` (answering 404) with every client; what each one did. Bodies left are dumped. */
export async function whoThrows(url: string): Promise<Array<[Client, Outcome]>> {
  const agent = new Agent({ allowH2: false, connections: 4 })
  const out: Array<[Client, Outcome]> = []
  try {
    for (const [client, call] of Object.entries(CALLS) as Array<[Client, typeof CALLS[Client]]>) {
      try { out.push([client, `resolved ${await call(url, agent)}`]) }
      catch (err) { out.push([client, `threw ${err instanceof Error ? err.name : typeof err}`]) }
    }
  }
  finally { await agent.destroy() } // the unread 404 bodies go with it
  return out
}
