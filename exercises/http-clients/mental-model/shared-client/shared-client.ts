// Exercise: one shared client. See README.md.
import { Agent, fetch } from 'undici'

/** GET a JSON document from a vendor. */
export async function getJson(url: string): Promise<unknown> {
  // TODO: reuse one lazily created, module-level Agent (connections: 10, allowH2: false)
  // instead of a new agent per call: every call below pays a fresh TCP (+ TLS) handshake.
  const agent = new Agent({ allowH2: false })
  const res = await fetch(url, { dispatcher: agent })
  if (!res.ok)
    throw new Error(`GET ${url} answered ${res.status}`)
  return await res.json()
}

/** Graceful shutdown: release every pooled socket; later calls must reject. */
export async function close(): Promise<void> {
  // TODO: close the shared agent (if one was created), refuse calls made after this,
  // and make a second close() a no-op
}
