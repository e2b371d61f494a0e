// Graceful close on SIGTERM: refuse new upgrades (503), tell every client to reconnect elsewhere
// (1012 Service Restart), then close the bus and the server. Node only.
import type { MiddlewareHandler } from 'hono'
import type { Bus } from './redis-bus.ts'
import type { WsServer } from './server.ts'

export interface Drain { draining: boolean }

/** Mounted before every WebSocket route. */
export const refuseWhileDraining = (drain: Drain): MiddlewareHandler => async (c, next) => {
  if (drain.draining) return c.text('Service Unavailable', 503, { 'Retry-After': '1' })
  await next()
}

export interface ShutdownOptions { lingerMs?: number, graceMs?: number }

// #region graceful-close
export async function gracefulClose(server: WsServer, drain: Drain, bus?: Bus,
  { lingerMs = 1_000, graceMs = 5_000 }: ShutdownOptions = {}): Promise<void> {
  drain.draining = true // late handshakes get 503 while the balancer catches up
  const closed = [...server.wss.clients].map(socket => new Promise(resolve => {
    socket.once('close', resolve)
    socket.close(1012, 'service restart') // "reconnect, to another instance"
  }))
  const gave = setTimeout(() => { for (const s of server.wss.clients) s.terminate() }, graceMs)
  await Promise.all([...closed, new Promise(resolve => setTimeout(resolve, lingerMs))])
  clearTimeout(gave)
  await bus?.close() // unsubscribe, both Redis connections
  await server.close()
}
// process.once('SIGTERM', () => gracefulClose(server, drain, bus))
// #endregion graceful-close
