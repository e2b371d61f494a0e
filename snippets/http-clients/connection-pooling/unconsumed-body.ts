// An unread response body keeps its socket busy until the whole body has arrived: with a small
// pool, the next requests wait for a socket that never frees. Node only (undici sockets).
import { fetch } from 'undici'
import type { Agent } from 'undici'

const streamRequest = (prompt: string, signal?: AbortSignal) => ({
  method: 'POST', signal, headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: prompt }] }),
})

// #region leak
/** Looks only at the status: the token stream is never read, the socket stays taken. */
export async function statusOnlyLeaky(agent: Agent, url: string, signal?: AbortSignal): Promise<number> {
  const res = await fetch(url, { ...streamRequest('hi', signal), dispatcher: agent })
  return res.status // body ignored: the socket is busy until the vendor finishes streaming
}
// #endregion leak

// #region fixed
/** Same call, but the body is always settled: read it, or cancel it when it is not needed. */
export async function statusOnly(agent: Agent, url: string, signal?: AbortSignal): Promise<number> {
  const res = await fetch(url, { ...streamRequest('hi', signal), dispatcher: agent })
  await res.body?.cancel() // frees the slot now (undici.request: `await body.dump()`)
  return res.status
}
// #endregion fixed
