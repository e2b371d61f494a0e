// Exercise: keep /health answering while /report computes. See README.md.
import { Hono } from 'hono'
import { Piscina } from 'piscina'

/** How much work one report takes: about 200 ms of CPU on a laptop core. */
export const ROUNDS = 150_000_000

/** A deliberately heavy checksum (FNV-1a over a counter): CPU only, plain number in and out. */
export function checksum(rounds: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < rounds; i++) {
    hash ^= i & 0xff
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export interface ReportService {
  app: Hono
  /** Shutdown: release everything the service started. */
  close: () => Promise<void>
}

export function createReportService(): ReportService {
  // This file is also the worker module: piscina calls its exported `checksum` by name.
  const pool = new Piscina<number, number>({ filename: import.meta.url, name: 'checksum', maxThreads: 1 })
  const app = new Hono()
  app.get('/health', c => c.text('ok'))
  app.get('/report', async (c) => {
    // Plain data in (a number), plain data out: no closures cross to the worker.
    const value = await pool.run(ROUNDS)
    return c.json({ checksum: value })
  })
  // Waits for running tasks, then stops the worker thread.
  return { app, close: () => pool.close() }
}
