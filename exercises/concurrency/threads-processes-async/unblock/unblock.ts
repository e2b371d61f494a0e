// Exercise: keep /health answering while /report computes. See README.md.
import { Hono } from 'hono'

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
  // TODO 1: create ONE piscina pool here, at startup (not per request).
  const app = new Hono()
  app.get('/health', c => c.text('ok'))
  app.get('/report', async (c) => {
    // TODO 2: compute on the pool instead of on this thread; keep the response identical.
    const value = checksum(ROUNDS)
    return c.json({ checksum: value })
  })
  // TODO 3: close the pool on shutdown.
  return { app, close: async () => {} }
}
