// The section's client building blocks, reused by the later http-clients decks: one explicitly
// configured undici Agent per vendor, and the fetch of the SAME undici package to drive it.
// Node only (undici sockets).
import { Agent, fetch } from 'undici'
import type { buildConnector, Dispatcher, RequestInit } from 'undici'

// #region create-agent
export interface AgentOptions {
  connections: number // per origin: the only cap on concurrent requests to a vendor
  allowH2: boolean // explicit: undici 8 negotiates HTTP/2 over TLS by default
  keepAliveTimeoutMs?: number // idle sockets close after this (undici's default: 4 s)
  connect?: buildConnector.connector // how a NEW socket is opened (default: net/tls)
}

/** Create once at startup, reuse for every request, close on shutdown. Opens no socket yet. */
export function createAgent(o: AgentOptions): Agent {
  return new Agent({
    connections: o.connections, allowH2: o.allowH2, keepAliveTimeout: o.keepAliveTimeoutMs ?? 4_000,
    connect: o.connect, // undefined: undici's own net/tls connector
  })
}
// #endregion create-agent

// #region fetch-with-agent
/** undici's own fetch with our agent: Node's bundled fetch + an npm Agent is not guaranteed. */
export async function fetchText(agent: Dispatcher, url: string, init: RequestInit = {}): Promise<string> {
  const res = await fetch(url, { ...init, dispatcher: agent })
  const text = await res.text() // always consume the body: an unread body keeps its socket busy
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}`)
  return text
}
// #endregion fetch-with-agent

/** A chat completion request for the kit's fake LLM vendor. */
export const chatRequest = (prompt: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})
