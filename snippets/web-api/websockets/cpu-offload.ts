// CPU work in a socket handler freezes every socket of the process, heartbeats included.
// Offload it to the piscina pool of concurrency/threads-processes-async. Node only.
import { Hono } from 'hono'
import type { CpuPool } from '../../concurrency/threads-processes-async/cpu-in-worker.ts'
import { countPrimes } from '../../concurrency/threads-processes-async/cpu-work.ts'
import { OPEN } from './connection-manager.ts'
import { upgradeWebSocket } from './server.ts'

export interface OffloadDeps { pool?: CpuPool, tickMs?: number }

export function createWorkApp({ pool, tickMs = 50 }: OffloadDeps) {
  const app = new Hono()
  app.get('/ws/ticks', upgradeWebSocket(() => { // another client's heartbeat
    let timer: ReturnType<typeof setInterval> | undefined
    return {
      onOpen: (_e, ws) => { timer = setInterval(() => ws.send('tick'), tickMs) },
      onClose: () => clearInterval(timer),
    }
  }))
  // #region worker-offload
  app.get('/ws/work', upgradeWebSocket(() => ({
    onMessage: async (event, ws) => {
      const limit = Math.min(Number(event.data) || 0, 10_000_000) // bounded input
      try {
        const count = pool
          ? await pool.run({ limit }) // a worker thread: the loop stays free
          : countPrimes(limit) // inline: every socket in the process waits
        if (ws.readyState === OPEN) ws.send(String(count))
      }
      catch { if (ws.readyState === OPEN) ws.send('error') } // never an unhandled rejection
    },
  })))
  // #endregion worker-offload
  return app
}
