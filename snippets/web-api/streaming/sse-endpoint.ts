// The guide's complete SSE endpoint with streamSSE: a status event, then one `update` a second
// with increasing ids, resumable with Last-Event-ID, stopping when the client leaves. Browser-safe.
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'

export interface TickEvent { id: number, data: string }

// #region sse-resume
/** The last `capacity` events, replayed to reconnecting clients. */
export class EventHistory {
  readonly #events: TickEvent[] = []
  readonly #capacity: number
  constructor(capacity = 100) { this.#capacity = capacity }
  push(event: TickEvent) {
    if (event.id <= (this.#events.at(-1)?.id ?? 0)) return // already kept
    this.#events.push(event)
    if (this.#events.length > this.#capacity) this.#events.shift()
  }
  since(lastId: number) { return this.#events.filter(e => e.id > lastId) }
}

export function lastEventId(header: string | undefined): number {
  const id = Number(header ?? 0)
  return Number.isSafeInteger(id) && id > 0 ? id : 0 // garbage -> start fresh
}
// #endregion sse-resume

export interface TickerDeps {
  history?: EventHistory
  intervalMs?: number // the guide: 1 s
  now?: () => number
  onProduced?: (id: number) => void // test probe: one call per generated event
  onAbort?: () => void
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

export function createTickerApp(deps: TickerDeps = {}) {
  const { history = new EventHistory(), intervalMs = 1000, now = Date.now } = deps
  const app = new Hono()
  // #region sse-basic
  app.get('/events', (c) => {
    c.header('X-Accel-Buffering', 'no') // nginx: don't buffer (streamSSE won't)
    let id = lastEventId(c.req.header('Last-Event-ID'))
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: 'status', data: 'connected', retry: 5000 })
      for (const past of history.since(id)) { // resume: replay what was missed
        await stream.writeSSE({ event: 'update', id: `${past.id}`, data: past.data })
        id = past.id
      }
      // #region disconnect
      stream.onAbort(() => deps.onAbort?.()) // the client left: release, log
      while (!stream.aborted) { // no polling of the connection needed
        id += 1
        const data = JSON.stringify({ id, timestamp: now(), message: `Event #${id}` })
        history.push({ id, data })
        deps.onProduced?.(id)
        await stream.writeSSE({ event: 'update', id: String(id), data })
        await sleep(intervalMs)
      }
      // #endregion disconnect
    })
  })
  // #endregion sse-basic
  return app
}
