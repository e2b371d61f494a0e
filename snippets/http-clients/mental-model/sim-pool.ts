// A teaching simulation of one client's connection pool: per-origin sockets, a handshake cost for
// every new socket, reuse of idle ones and a FIFO wait queue at the limit. Virtual time (no timers),
// so it is deterministic and runs in the browser.

// #region handshake-cost
/** What a NEW socket pays before the first byte of HTTP (typical for a remote host). */
export interface HandshakeCost {
  dnsMs: number // name -> IP (0 when cached)
  tcpMs: number // SYN, SYN-ACK, ACK: about one round trip
  tlsMs: number // certificates and key agreement: one or two round trips
}
export const remoteHost: HandshakeCost = { dnsMs: 20, tcpMs: 40, tlsMs: 80 }

export const handshakeMs = (c: HandshakeCost): number => c.dnsMs + c.tcpMs + c.tlsMs

/** A reused socket skips all three steps: it pays for HTTP only. */
export const costOf = (c: HandshakeCost, httpMs: number, newSocket: boolean): number =>
  (newSocket ? handshakeMs(c) : 0) + httpMs
// #endregion handshake-cost

export interface SimConfig {
  connections: number // per origin
  handshake: HandshakeCost
  httpMs: number // one request/response on an open socket
}
export interface SimRequest { id: string, origin: string, at: number } // arrival time (ms)
export interface SimResult extends SimRequest {
  socket: string // e.g. "https://a.example#1"
  newSocket: boolean
  start: number // when it got a socket (at + time in the queue)
  end: number
}
interface SimSocket { name: string, freeAt: number }

// #region sim
/** Requests in arrival order: reuse an idle socket, open one under the limit, or wait in line. */
export function simulatePool(cfg: SimConfig, requests: readonly SimRequest[]): SimResult[] {
  const pools = new Map<string, SimSocket[]>() // keyed by origin, like an undici Agent
  return [...requests].sort((a, b) => a.at - b.at).map((r) => {
    const sockets = pools.get(r.origin) ?? []
    pools.set(r.origin, sockets)
    let socket = sockets.find(s => s.freeAt <= r.at) // 1. idle: reuse it, no handshake
    const newSocket = !socket && sockets.length < cfg.connections
    if (newSocket) // 2. none idle, under the limit: open one and pay the handshake
      sockets.push(socket = { name: `${r.origin}#${sockets.length + 1}`, freeAt: r.at })
    socket ??= sockets.reduce((a, b) => (b.freeAt < a.freeAt ? b : a)) // 3. at the limit: queue
    const start = Math.max(r.at, socket.freeAt)
    socket.freeAt = start + costOf(cfg.handshake, cfg.httpMs, newSocket)
    return { ...r, socket: socket.name, newSocket, start, end: socket.freeAt }
  })
}
// #endregion sim
