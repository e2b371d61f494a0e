// Offloading buys responsiveness, not speed: the computation takes as long in a worker, but the
// main thread stays free to answer /health. Node only (real sockets, worker threads).
import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { listen } from '../../web-api/http-and-parameters/listen.ts'
import type { CpuPool } from './cpu-in-worker.ts'
import { countPrimes } from './cpu-work.ts'

// #region offload
/** `/compute` runs inline, or on `pool` when one is given; `/health` is the probe. */
export function createComputeApp(pool?: CpuPool): Hono {
  const app = new Hono()
  app.get('/health', c => c.text('ok'))
  app.get('/compute', async (c) => {
    const limit = 600_000
    const primes = pool
      ? await pool.run({ limit }) // a worker computes; this thread keeps serving
      : countPrimes(limit) // this thread computes; every other request waits
    return c.json({ primes })
  })
  return app
}
// #endregion offload

export interface ProbeResult {
  computeMs: number
  healthMs: number
  healthFirst: boolean
  body: string
}

async function timedGet(url: string): Promise<{ body: string, at: number }> {
  const response = await fetch(url)
  return { body: await response.text(), at: performance.now() }
}

// #region probe
/** Starts a slow request (`path`), then probes /health while it runs, like a load balancer. */
export async function probeDuringCompute(
  app: Hono, path = '/compute', probeAfterMs = 20,
): Promise<ProbeResult> {
  const server = await listen(app)
  try {
    await timedGet(`${server.url}/health`) // warm-up: connection set-up is not the point
    const start = performance.now()
    const slow = timedGet(server.url + path)
    await sleep(probeAfterMs) // the slow request is running by now
    const health = await timedGet(`${server.url}/health`)
    const { body, at } = await slow
    const healthMs = health.at - start - probeAfterMs // from when it was due: late is lag too
    return { computeMs: at - start, healthMs, healthFirst: health.at < at, body }
  }
  finally { await server.close() }
}
// #endregion probe
