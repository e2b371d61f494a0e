// Timing: the standard Server-Timing header (hono/timing), one "Request completed" line per
// request, and metrics labelled by route pattern. Browser-safe: the log sink is injected.
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import { endTime, startTime, timing, type TimingVariables } from 'hono/timing'

export type TimingEnv = { Variables: TimingVariables }
export type Delay = (ms: number) => Promise<void>
const wait: Delay = ms => new Promise(resolve => setTimeout(resolve, ms))

// #region timing-header
export function createTimedApp(delay: Delay = wait) {
  const app = new Hono<TimingEnv>()
  app.use(timing()) // Server-Timing: total;dur=12.3
  app.get('/users/:id', async (c) => {
    startTime(c, 'db', 'user lookup') // a custom metric
    await delay(20)
    endTime(c, 'db') // -> db;desc="user lookup";dur=20.1
    return c.json({ id: c.req.param('id') })
  })
  return app
}
// #endregion timing-header

export interface CompletedLine {
  msg: 'Request completed'
  method: string
  route: string
  status: number
  duration_ms: number
}

// #region route-label
/** The matched route PATTERN (/users/:id), never the raw path. */
export function routeLabel(c: Context): string {
  const route = routePath(c, -1) // last match; routePath(c) here = '/*'
  return route === '/*' || route === '' ? 'unmatched' : route
}
// #endregion route-label

// #region timing-log
const round2 = (ms: number) => Math.round(ms * 100) / 100

export const timingLog = (log: (line: CompletedLine) => void,
  now = () => performance.now()): MiddlewareHandler =>
  async (c, next) => {
    const start = now() // monotonic: immune to NTP jumps
    await next() // for a stream: its first byte, not its end
    log({ msg: 'Request completed', method: c.req.method, route: routeLabel(c),
      status: c.res.status, duration_ms: round2(now() - start) })
  }
// #endregion timing-log

// #region histogram
export const BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const // seconds

/** Teaching version of prom-client's Histogram: per label set, cumulative buckets. */
export function createHistogram() {
  const series = new Map<string, { buckets: number[], count: number, sum: number }>()
  const observe = (labels: { method: string, route: string, status: number }, seconds: number) => {
    const key = `${labels.method} ${labels.route} ${labels.status}`
    const s = series.get(key) ?? { buckets: BUCKETS.map(() => 0), count: 0, sum: 0 }
    BUCKETS.forEach((le, i) => { if (seconds <= le) s.buckets[i]! += 1 })
    s.count += 1
    s.sum += seconds
    series.set(key, s)
  }
  return { observe, series }
}
// #endregion histogram

/** The completion line feeds the histogram: one series per method, route pattern, status. */
export const toHistogram = (h: ReturnType<typeof createHistogram>) => (line: CompletedLine) =>
  h.observe({ method: line.method, route: line.route, status: line.status }, line.duration_ms / 1000)

export function createMeteredApp(log: (line: CompletedLine) => void, delay: Delay = wait) {
  const app = new Hono<TimingEnv>()
  app.use(timingLog(log))
  app.get('/users/:id', async (c) => {
    await delay(1)
    return c.json({ id: c.req.param('id') })
  })
  return app
}
