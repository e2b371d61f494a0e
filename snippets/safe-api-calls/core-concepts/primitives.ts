// Process-wide primitives: built once at startup, injected into the app, closed on shutdown.
// Node only (undici Pool). Composes vendorPool.ts, semaphore.ts and tokenBucket.ts.
import { Hono } from 'hono'
import type { Context } from 'hono'
import { fetch } from 'undici'
import type { Pool } from 'undici'
import { findCause, hasCode } from '../../core-concepts/exceptions/cause-chain.ts'
import { Semaphore } from './semaphore.ts'
import { TokenBucket } from './tokenBucket.ts'
import { createVendorPool, productionTransport } from './vendorPool.ts'

export interface PrimitivesConfig {
  vendorUrl: string
  connections: number // the hard cap
  permits: number // at or below connections
  ratePerSec: number
  burst: number
}

// #region createDeps
export interface Deps extends AsyncDisposable {
  vendorUrl: string
  pool: Pool
  permits: Semaphore
  bucket: TokenBucket
}

/** Called ONCE per process, at startup. */
export function createDeps(cfg: PrimitivesConfig): Deps {
  const { vendorUrl, connections, ratePerSec, burst } = cfg
  const transport = productionTransport(vendorUrl)
  const deps: Deps = {
    vendorUrl,
    pool: createVendorPool({ ...transport, connections }),
    permits: new Semaphore(Math.min(cfg.permits, connections)),
    bucket: new TokenBucket({ ratePerSec, burst }),
    // scripts: `await using deps = createDeps(…)`
    [Symbol.asyncDispose]: () => shutdown(deps),
  }
  return deps
}
// #endregion createDeps

async function askVendor(c: Context, deps: Deps): Promise<Response> {
  const { prompt } = await c.req.json<{ prompt: string }>()
  await deps.bucket.take(c.req.raw.signal)
  using _permit = await deps.permits.acquire(c.req.raw.signal)
  const res = await fetch(`${deps.vendorUrl}/v1/chat/completions`, {
    method: 'POST', dispatcher: deps.pool, signal: c.req.raw.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: String(prompt) }] }),
  })
  const body = await res.text() // read inside the permit: the socket is busy until then
  return new Response(body, { status: res.status, headers: { 'content-type': 'application/json' } })
}

/** fetch wraps undici's "pool closed/destroyed" in TypeError('fetch failed'): walk the causes. */
const poolClosed = (err: unknown) =>
  findCause(err, (e): e is Error => hasCode(e, 'UND_ERR_CLOSED') || hasCode(e, 'UND_ERR_DESTROYED')) !== undefined

// #region createApp
/** Routes receive their dependencies; never build them. */
export function createApp(deps: Deps): Hono {
  const app = new Hono()
  app.post('/chat', c => askVendor(c, deps))
  app.onError((err, c) => {
    if (!poolClosed(err))
      return c.json({ error: 'internal error' }, 500)
    const error = 'vendor client closed: shutting down'
    return c.json({ error }, 503, { 'retry-after': '1' })
  })
  return app
}
// #endregion createApp

// #region shutdown
/** On SIGTERM (deployment deck): close() lets in-flight
 *  calls finish; destroy() would abort them. */
export async function shutdown(deps: Deps): Promise<void> {
  await deps.pool.close()
}
// #endregion shutdown

// #region perRequestAntiPattern
/** WRONG: fresh primitives per request limit nothing and reuse no socket. */
export function createAppPerRequest(cfg: PrimitivesConfig): Hono {
  const app = new Hono()
  app.post('/chat', (c) => {
    const deps = createDeps(cfg) // a new Semaphore(5) that only this request ever sees
    return askVendor(c, deps) // ...and a new Pool nobody closes: its socket lingers
  })
  return app
}
// #endregion perRequestAntiPattern
