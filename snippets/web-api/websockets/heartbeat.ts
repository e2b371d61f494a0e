// Application-level heartbeats: ping every interval, terminate a peer that stays silent for the
// timeout after a ping. What counts is the last thing HEARD, not whether a send failed.
import { OPEN, type SocketLike } from './connection-manager.ts'

export interface HeartbeatSettings { intervalMs: number, timeoutMs: number }

// #region presets
export const HEARTBEAT_PRESETS = {
  internal: { intervalMs: 30_000, timeoutMs: 10_000 }, // low latency: detect fast
  public: { intervalMs: 25_000, timeoutMs: 15_000 }, // under common 30 s NAT timeouts
  mobile: { intervalMs: 20_000, timeoutMs: 15_000 }, // unreliable networks
  longRunning: { intervalMs: 15_000, timeoutMs: 10_000 }, // fail fast during long tasks
} as const satisfies Record<string, HeartbeatSettings>
// #endregion presets

/** ws's WebSocket has terminate(): destroy the TCP socket, no close handshake. */
export interface Terminable extends SocketLike { terminate: () => void }

export interface Heartbeat { heard: () => void, stop: () => void }

// #region heartbeat
export function startHeartbeat(socket: Terminable,
  { intervalMs, timeoutMs }: HeartbeatSettings = HEARTBEAT_PRESETS.internal): Heartbeat {
  let heardSincePing = true
  let deadline: ReturnType<typeof setTimeout> | undefined
  const interval = setInterval(() => {
    if (socket.readyState !== OPEN) return
    heardSincePing = false
    socket.send(JSON.stringify({ type: 'ping' }))
    deadline ??= setTimeout(() => { // a dead peer cannot finish a close handshake
      deadline = undefined
      if (!heardSincePing) { stop(); socket.terminate() }
    }, timeoutMs)
  }, intervalMs)
  const stop = () => { clearInterval(interval); clearTimeout(deadline); deadline = undefined }
  return { heard: () => { heardSincePing = true }, stop } // heard(): on EVERY message
}
// #endregion heartbeat

/** The part of a browser (or Node) WebSocket client the pong needs. */
export interface PingTarget {
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void
  send: (data: string) => void
}

// #region client-pong
/** Client side: answer every application ping (the browser does protocol pongs by itself). */
export function answerPings(socket: PingTarget): void {
  socket.addEventListener('message', ({ data }) => {
    if (typeof data === 'string' && data.startsWith('{"type":"ping"')) socket.send('{"type":"pong"}')
  })
}
// #endregion client-pong
