// Pod admission, the Node analog of `uvicorn --limit-concurrency`: an in-flight cap that answers 503
// at once instead of queueing, counting each request until its response BODY ends (or is cancelled),
// so streaming responses hold their slot for their whole life. Browser-runnable (Hono only).
import type { MiddlewareHandler } from 'hono'

export interface InflightCap {
  middleware: MiddlewareHandler
  readonly inFlight: number // a gauge for /ready and metrics
}

// #region inflightCap
export function inflightCap(limit: number): InflightCap {
  let inFlight = 0
  const middleware: MiddlewareHandler = async (c, next) => {
    if (inFlight >= limit) // refuse before any application code runs: cheap, immediate
      return c.json({ error: 'overloaded' }, 503, { 'retry-after': '1' })
    inFlight++
    let held = true
    const release = () => { if (held) { held = false; inFlight-- } } // idempotent
    try { await next() }
    catch (err) { release(); throw err }
    c.res = releaseWhenBodyEnds(c.res, release) // not now: the body may still be streaming
  }
  return { middleware, get inFlight() { return inFlight } }
}
// #endregion inflightCap

// #region bodyAwareRelease
/** The same response, whose body calls `release` once it is fully read, fails, or is cancelled. */
export function releaseWhenBodyEnds(res: Response, release: () => void): Response {
  if (!res.body) { release(); return res }
  const reader = res.body.getReader()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) { release(); controller.close() }
        else controller.enqueue(value)
      }
      catch (err) { release(); controller.error(err) }
    },
    async cancel(reason) { release(); await reader.cancel(reason) }, // the client went away
  })
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers })
}
// #endregion bodyAwareRelease
