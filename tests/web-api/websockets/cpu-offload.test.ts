import { afterEach, describe, expect, it } from 'vitest'
import { createCpuPool, type CpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import { createWorkApp } from '../../../snippets/web-api/websockets/cpu-offload.ts'
import { serveWs, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import { closeClient, connect, type Client } from './ws-client.ts'

const TICK_MS = 50
const HEAVY = '5000000' // countPrimes(5e6): ~1 s of pure CPU on one core

let server: WsServer | undefined
let pool: CpuPool | undefined
const clients: Client[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map(closeClient))
  await server?.close()
  await pool?.destroy()
  server = undefined
  pool = undefined
})

/** How late the other client's ticks arrive (worst gap beyond the interval) while one heavy message runs. */
async function worstTickDelay(p?: CpuPool): Promise<number> {
  server = await serveWs(createWorkApp({ pool: p, tickMs: TICK_MS }))
  const ticks = await connect(server.wsUrl('/ws/ticks'))
  const worker = await connect(server.wsUrl('/ws/work'))
  clients.push(ticks, worker)
  await ticks.next() // ticking
  const arrivals = [performance.now()]
  ticks.socket.addEventListener('message', () => arrivals.push(performance.now()))
  worker.socket.send(HEAVY)
  expect(Number(await worker.next(30_000))).toBe(348_513) // primes up to 5 million
  const after = arrivals.length
  await expect.poll(() => arrivals.length, { timeout: 5_000 }).toBeGreaterThan(after) // one tick after it
  return Math.max(...arrivals.slice(1).map((t, i) => t - arrivals[i]!)) - TICK_MS
}

describe('CPU work in a socket handler', () => {
  it('inline: another client\'s ticks arrive more than 200 ms late', async () => {
    expect(await worstTickDelay()).toBeGreaterThan(300) // spec: > 200 ms; in practice the whole computation
  })

  it('offloaded to piscina: the ticks stay close to schedule', async () => {
    pool = createCpuPool(1)
    await pool.run({ limit: 10 }) // the thread is warm
    // within a few ms on an idle machine (the spec's 50 ms); 250 ms leaves room for a loaded 2-core CI box
    expect(await worstTickDelay(pool)).toBeLessThan(250)
  })
})
