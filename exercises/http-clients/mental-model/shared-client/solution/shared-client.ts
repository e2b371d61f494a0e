// Exercise: one shared client. See README.md.
import { Agent, fetch } from 'undici'

let agent: Agent | undefined
let closed = false

/** Created on first use, then shared by every call: one pool, sockets reused per origin. */
function client(): Agent {
  if (closed)
    throw new Error('client closed: shutting down')
  agent ??= new Agent({ connections: 10, allowH2: false, keepAliveTimeout: 4_000 })
  return agent
}

/** GET a JSON document from a vendor. */
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { dispatcher: client() })
  if (!res.ok) {
    await res.body?.cancel() // free the socket without reading an error body we do not need
    throw new Error(`GET ${url} answered ${res.status}`)
  }
  return await res.json()
}

/** Graceful shutdown: release every pooled socket; later calls must reject. */
export async function close(): Promise<void> {
  if (closed)
    return // idempotent: shutdown hooks may run twice
  closed = true
  await agent?.close() // waits for in-flight requests, then closes the sockets
}
