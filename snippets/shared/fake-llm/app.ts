/**
 * # The kit's fake LLM vendor
 *
 * An OpenAI-style chat API with fault injection, for every deck and test that "calls an LLM".
 * Browser-safe (no `node:*` imports): use it in-process with `fake.app.request()`, or over real
 * sockets with `serveFakeLlm()` from `./server.ts` (adds socket resets and socket gauges).
 * `npm run fake-llm -- --port 8787` serves it for curl demos (`scripts/fake-llm.ts`).
 *
 * ```ts
 * // In-process (browser demos, fake timers): a Hono app, no sockets.
 * const fake = createFakeLlm({ seed: 7 })
 * const { headers } = fake.scenario('burst', { statuses: [503, 503, 200], retryAfter: 1 })
 * const res = await fake.app.request('/v1/chat/completions', {
 *   method: 'POST',
 *   headers: { ...headers, 'x-request-id': 'r1' },
 *   body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
 * })                                        // 503 + Retry-After: 1, then 503, then 200
 *
 * // Over sockets (Node tests): same app, real server; close it in afterEach.
 * const server = await serveFakeLlm({ plan: { latencyMs: 200 } })
 * await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body, dispatcher: pool })
 * server.stats.maxInFlight; server.stats.maxOpenSockets   // read gauges directly
 * await server.close()                                    // ends every socket
 * ```
 *
 * ## Endpoints
 * - `POST /v1/chat/completions`: body `{ messages: [{ role, content }], model?, stream?, resume_from? }`.
 *   JSON `chat.completion` (content = the chunks joined). With `stream: true`: SSE,
 *   `id: <n>` + `data: <chat.completion.chunk JSON>` per content chunk (n = 0, 1, ...; the first
 *   delta carries `role`, the last `finish_reason: 'stop'`), then `id: <count>` + `data: [DONE]`.
 *   `resume_from: <id>` (or a `Last-Event-ID` header) resumes after that id: same content, no gap,
 *   no duplicate. Content is a pure function of (seed, prompt): `completionChunks()`.
 * - `GET /v1/models`: `{ object: 'list', data: [{ id, object: 'model', ... }] }` (the pre-check
 *   endpoint; latency, statuses and resets before headers apply to it too).
 * - `GET /health`: `{ status: 'ok' }`, never faulted.
 * Responses echo `x-request-id` and carry `x-fake-seq` (the request's 1-based arrival number).
 *
 * ## Request headers
 * - `x-fake-scenario: <id>`: use the plan registered with `fake.scenario(id, plan)` (an unknown
 *   id is a 400). Scenarios keep parallel tests apart: own scripts, gauges, ceiling, randomness.
 * - `x-fake-faults: <json plan>`: an inline plan for quick demos, merged over the scenario's
 *   (invalid JSON or an unknown knob is a 400 naming it).
 * - `x-request-id` (logged; scripts advance per request id), `x-attempt` (logged; the name is
 *   the `attemptHeader` option), `x-client-id` (logged as `client`: which simulated pod sent it).
 *
 * ## Plan knobs (`FaultPlan`, all optional; server plan < scenario plan < inline header)
 * - `latencyMs` before headers: `200`, `{ ms: 200, jitterMs: 50 }` (uniform ±), or
 *   `{ p50, p95, p99, min?, max? }` (sampled; min defaults to p50/2, max to p99 + (p99 - p95)).
 * - `status` (every request); `statuses: [503, 503, 200]` (the nth request gets statuses[n], then
 *   `status`); `steps: [{ latencyMs: 1000 }, { reset: 'before-headers' }]` (the nth request merges
 *   steps[n] over the plan); `sequenceBy: 'request-id'` (default; requests without the header share
 *   one sequence) or `'scenario'`.
 * - `errorRate: 0.2` + `errorStatus` (default 500), seeded; `burst: { every: 10, length: 3, status: 503 }`.
 * - `retryAfter: 2` (integer seconds) or `{ seconds: 2, format: 'http-date' }` (rounded up to
 *   the next whole second); `retryAfterMs: 150` (`retry-after-ms`). Sent on error responses only
 *   when set: absent by default.
 * - Plan-level only (not in steps; refusals do not advance scripts): `maxConcurrent: 5` (a request
 *   arriving while 5 are in flight in its scenario, or on the server without one, gets 429 at
 *   once), `rateLimit: { limit: 20, windowMs: 1000 }` (sliding window; 429 with `Retry-After` and
 *   `retry-after-ms` until a slot frees).
 * - `reset: 'before-headers' | { afterBytes: n } | { afterChunks: n }`; `resetHard` (default true:
 *   TCP RST, the client sees ECONNRESET; false: a plain close, "other side closed"). The socket is
 *   destroyed without a response end. In-process they surface as undici-shaped errors: `app.request`
 *   rejects with `TypeError('fetch failed')`, or the body read with `TypeError('terminated')`, whose
 *   `cause` is a `FakeSocketError` with `code` `ECONNRESET` or `UND_ERR_SOCKET`.
 * - `bodyStallAfterBytes: n`: a buffered response sends headers and n bytes, then goes silent.
 * - Streams: `chunks` (default 8), `ttftMs` (headers, then the first chunk after this), `gapMs`
 *   (between chunks; a latency spec), `stallAfterChunks: n` (silence after n chunks, connection
 *   left open until the client leaves), `multibyte` (2-4 byte UTF-8 tokens), `splitEvents` (each
 *   event in two writes, split inside a character), `padBytes: n` (a `padding` field of n chars).
 *
 * ## Client closes
 * A client that aborts (or cancels the body) ends the request: it is logged in `clientCloses`, the
 * generation loop stops, in-flight drops. In-process, aborting the `signal` given to
 * `app.request()` rejects it (or errors the body) with the signal's reason, like fetch.
 *
 * ## Stats (`fake.stats`, live; `serveFakeLlm().stats` is the same object)
 * `requests`, `inFlight`, `maxInFlight`, `rejected` (ceiling and rate-limit 429s), `resets`,
 * `log: RequestRecord[]` (seq, at, method, path, requestId, attempt, scenario, client, inline,
 * stream, status, fault, outcome, headersAt, finishedAt, chunksSent, bytesSent),
 * `clientCloses: ClientClose[]` (at, phase, chunksSent, generationStopped, generationStoppedAt),
 * `activeGenerations`, `backpressureHits` (the producer found the body's queue full and waited),
 * `openSockets`, `maxOpenSockets`, `socketsOpened` (server only), `forScenario(id)`.
 * Times are `options.now()` epoch ms. `fake.reset()` clears stats, scripts and windows and re-seeds;
 * `fake.stopAll()` ends every pending response (server.close() does it first).
 */
import { Hono } from 'hono'
import type { Context } from 'hono'
import { z } from 'zod'
import { createRandom, faultPlanSchema, hashSeed, parseFaultPlan, sampleLatency } from './plan.ts'
import type { FaultPlan, FaultStep, RetryAfter } from './plan.ts'

export type { FaultPlan, FaultStep, Latency, ResetFault, RetryAfter } from './plan.ts'

export const SCENARIO_HEADER = 'x-fake-scenario'
export const FAULTS_HEADER = 'x-fake-faults'
const DEFAULT_CHUNKS = 8
const STREAM_HIGH_WATER_BYTES = 16 * 1024

/** Lets the Node server destroy the socket carrying a request (see server.ts). */
export interface ConnectionControl {
  /** Ends the connection of `env` (Hono's `c.env`) after flushing what was written; false if it cannot. */
  reset: (env: unknown, hard: boolean, phase: 'before-headers' | 'body') => Promise<boolean>
}

export interface FakeLlmOptions {
  seed?: number // default 1
  plan?: FaultPlan // server-wide faults (also settable with fake.setPlan)
  model?: string // default 'fake-llm-1'
  now?: () => number // epoch ms for log times and HTTP dates (default Date.now)
  sleep?: (ms: number, signal: AbortSignal) => Promise<void> // default: setTimeout, abortable
  attemptHeader?: string // default 'x-attempt'
  connection?: ConnectionControl // set by serveFakeLlm
}

export type Outcome = 'in-flight' | 'completed' | 'rejected' | 'client-closed' | 'reset' | 'stopped'

export interface RequestRecord {
  seq: number // 1-based arrival order
  at: number // arrival (options.now)
  method: string
  path: string
  requestId: string | undefined
  attempt: string | undefined
  scenario: string | undefined
  client: string | undefined
  inline: boolean // an x-fake-faults header was sent
  stream: boolean
  status: number | undefined // undefined while waiting, and when reset before headers
  fault: string | undefined // 'ceiling' | 'rate-limit' | 'scripted' | 'burst' | 'error-rate' | 'status' | 'reset' | 'stall' | 'bad-request'
  outcome: Outcome
  headersAt: number | undefined
  finishedAt: number | undefined
  chunksSent: number
  bytesSent: number
}

export interface ClientClose {
  seq: number
  requestId: string | undefined
  scenario: string | undefined
  at: number
  phase: 'before-headers' | 'body'
  chunksSent: number
  generationStopped: boolean // the fake's own producer loop ended after the close
  generationStoppedAt: number | undefined
}

export interface ScenarioStats {
  requests: number
  inFlight: number
  maxInFlight: number
  log: RequestRecord[]
}

/** Live counters; read them directly in tests. */
export class FakeLlmStats {
  requests = 0
  inFlight = 0
  maxInFlight = 0
  rejected = 0
  resets = 0
  activeGenerations = 0
  backpressureHits = 0
  openSockets = 0
  maxOpenSockets = 0
  socketsOpened = 0
  log: RequestRecord[] = []
  clientCloses: ClientClose[] = []
  // Gauges per bucket: a scenario id, or an inline plan; '' is the whole server.
  readonly #buckets = new Map<string, { inFlight: number, maxInFlight: number }>()

  forScenario(id: string): ScenarioStats {
    const log = this.log.filter(r => r.scenario === id && !r.inline)
    const gauge = this.#buckets.get(id) ?? { inFlight: 0, maxInFlight: 0 }
    return { requests: log.length, inFlight: gauge.inFlight, maxInFlight: gauge.maxInFlight, log }
  }

  /** In flight in one bucket (a scenario id, an inline plan, or '' for the whole server). */
  inFlightOf(bucket: string): number {
    return bucket === '' ? this.inFlight : this.#buckets.get(bucket)?.inFlight ?? 0
  }

  enter(bucket: string): void {
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    if (bucket === '')
      return
    const gauge = this.#buckets.get(bucket) ?? { inFlight: 0, maxInFlight: 0 }
    gauge.inFlight++
    gauge.maxInFlight = Math.max(gauge.maxInFlight, gauge.inFlight)
    this.#buckets.set(bucket, gauge)
  }

  leave(bucket: string): void {
    this.inFlight--
    const gauge = this.#buckets.get(bucket)
    if (gauge)
      gauge.inFlight--
  }

  socketOpened(): void {
    this.openSockets++
    this.socketsOpened++
    this.maxOpenSockets = Math.max(this.maxOpenSockets, this.openSockets)
  }

  socketClosed(): void {
    this.openSockets--
  }

  /** Zeroes counters and the log; gauges of work still running keep their current value. */
  clear(): void {
    this.requests = this.rejected = this.resets = this.backpressureHits = this.socketsOpened = 0
    this.maxInFlight = this.inFlight
    this.maxOpenSockets = this.openSockets
    this.log = []
    this.clientCloses = []
    for (const gauge of this.#buckets.values())
      gauge.maxInFlight = gauge.inFlight
  }
}

export interface FakeLlm {
  app: Hono
  stats: FakeLlmStats
  /** Registers (or replaces) a scenario; returns the header that selects it. */
  scenario: (id: string, plan: FaultPlan) => { id: string, headers: Record<string, string> }
  /** Replaces the server-wide plan. */
  setPlan: (plan: FaultPlan) => void
  /** Clears stats and sequence positions, re-seeds the randomness; scenarios stay registered. */
  reset: () => void
  /** Ends every pending response (sleeps, streams, stalls) without counting client closes. */
  stopAll: () => void
}

/** The error a socket fault surfaces as in-process (undici's shape: a `code` on the cause). */
export class FakeSocketError extends Error {
  override name = 'SocketError'
  readonly code: string
  constructor(message: string, code: string) {
    super(message)
    this.code = code
  }
}

// Errors that must leave `app.fetch` as rejections (like a network error from fetch) instead of
// becoming a 500: Hono's onError rethrows what this wraps.
class Rethrow extends Error {
  readonly inner: unknown
  constructor(inner: unknown) {
    super('rethrow')
    this.inner = inner
  }
}

const chatRequestSchema = z.object({
  model: z.string().optional(),
  messages: z.array(z.object({ role: z.string(), content: z.string() })).min(1),
  stream: z.boolean().optional(),
  resume_from: z.number().int().min(-1).optional(),
})
type ChatRequest = z.infer<typeof chatRequestSchema>

const WORDS = ['the', 'vendor', 'answers', 'slowly', 'tokens', 'stream', 'back', 'with', 'care', 'budget',
  'retry', 'socket', 'pool', 'deadline', 'quota', 'model', 'prompt', 'latency', 'limit', 'queue']
const MULTIBYTE = ['café', 'naïve', 'Grüße', '日本語', 'données', '🙂', 'ñandú', '東京', 'señal', '✓']

export function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted)
      return reject(signal.reason)
    if (ms <= 0)
      return resolve()
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** The deterministic chunk texts for a prompt: a pure function of (seed, prompt, count, multibyte). */
export function completionChunks(seed: number, prompt: string, count: number, multibyte = false): string[] {
  const rand = createRandom(hashSeed(seed, 'content', prompt))
  const words = multibyte ? MULTIBYTE : WORDS
  return Array.from({ length: count }, (_, i) => `${i === 0 ? '' : ' '}${words[Math.floor(rand() * words.length)] ?? 'x'}`)
}

export function createFakeLlm(options: FakeLlmOptions = {}): FakeLlm {
  const seed = options.seed ?? 1
  const model = options.model ?? 'fake-llm-1'
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const attemptHeader = options.attemptHeader ?? 'x-attempt'
  const stats = new FakeLlmStats()
  const scenarios = new Map<string, FaultPlan>()
  let serverPlan: FaultPlan = options.plan ? faultPlanSchema.parse(options.plan) : {}
  let positions = new Map<string, number>()
  let randoms = new Map<string, () => number>()
  let windows = new Map<string, number[]>()
  let burstCounts = new Map<string, number>()
  const running = new Set<Run>()
  const app = new Hono()

  const randomFor = (bucket: string) => {
    let rand = randoms.get(bucket)
    if (!rand) {
      rand = createRandom(hashSeed(seed, bucket))
      randoms.set(bucket, rand)
    }
    return rand
  }

  // One request's lifecycle: in-flight accounting, client-close detection, abortable waits.
  class Run {
    readonly record: RequestRecord
    readonly abort = new AbortController()
    readonly bucket: string
    readonly scenario: string | undefined
    readonly env: unknown
    /** Served by node: the socket layer ends bodies itself; in-process, bodies error like fetch's. */
    readonly viaSocket: boolean
    stopped = false
    readonly #clientSignal: AbortSignal
    #headersSent = false
    #done = false
    #close: ClientClose | undefined
    #entered = false

    constructor(c: Context, record: RequestRecord, bucket: string) {
      this.record = record
      this.bucket = bucket
      this.scenario = record.scenario
      this.env = c.env
      this.viaSocket = c.env !== undefined && options.connection !== undefined
      this.#clientSignal = c.req.raw.signal
      if (this.#clientSignal.aborted)
        this.clientClosed()
      else
        this.#clientSignal.addEventListener('abort', this.#onClientAbort, { once: true })
    }

    readonly #onClientAbort = () => this.clientClosed()

    enter(): void {
      if (this.#done)
        return
      this.#entered = true
      stats.enter(this.bucket)
      running.add(this)
    }

    get aborted(): boolean {
      return this.abort.signal.aborted
    }

    sleep(ms: number): Promise<void> {
      return sleep(ms, this.abort.signal)
    }

    /** Resolves when the run is aborted (client close, reset, stopAll): a stall. */
    untilAborted(): Promise<void> {
      const signal = this.abort.signal
      return signal.aborted
        ? Promise.resolve()
        : new Promise(resolve => signal.addEventListener('abort', () => resolve(), { once: true }))
    }

    headers(status: number): void {
      this.#headersSent = true
      this.record.status = status
      this.record.headersAt = now()
    }

    clientClosed(): void {
      if (this.#done || this.aborted)
        return
      this.#close = {
        seq: this.record.seq,
        requestId: this.record.requestId,
        scenario: this.scenario,
        at: now(),
        phase: this.#headersSent ? 'body' : 'before-headers',
        chunksSent: this.record.chunksSent,
        generationStopped: false,
        generationStoppedAt: undefined,
      }
      stats.clientCloses.push(this.#close)
      this.abort.abort(this.#clientSignal.aborted ? this.#clientSignal.reason : new Error('client closed the response'))
      this.finish('client-closed')
    }

    /** The producer loop calls this when it exits, whatever the reason. */
    generationEnded(): void {
      if (this.#close && !this.#close.generationStopped) {
        this.#close.generationStopped = true
        this.#close.generationStoppedAt = now()
      }
    }

    stop(): void {
      if (this.#done)
        return
      this.stopped = true
      this.abort.abort(new Error('fake LLM stopped'))
      this.finish('stopped')
    }

    finish(outcome: Outcome): void {
      if (this.#done)
        return
      this.#done = true
      this.record.outcome = outcome
      this.record.finishedAt = now()
      this.#clientSignal.removeEventListener('abort', this.#onClientAbort)
      running.delete(this)
      if (this.#entered)
        stats.leave(this.bucket)
    }
  }

  type Selection = { plan: FaultPlan, bucket: string, scenario: string | undefined, inline: string | undefined }

  function select(c: Context): Selection | { error: string } {
    const scenario = c.req.header(SCENARIO_HEADER)
    const inline = c.req.header(FAULTS_HEADER)
    let plan: FaultPlan = { ...serverPlan }
    if (scenario !== undefined) {
      const registered = scenarios.get(scenario)
      if (!registered)
        return { error: `unknown scenario "${scenario}" (register it with fake.scenario(id, plan))` }
      plan = { ...plan, ...registered }
    }
    if (inline !== undefined) {
      try {
        plan = { ...plan, ...parseFaultPlan(inline) }
      }
      catch (err) {
        return { error: err instanceof Error ? err.message : String(err) }
      }
    }
    const bucket = inline !== undefined ? `inline:${scenario ?? ''}:${inline}` : scenario ?? ''
    return { plan, bucket, scenario, inline }
  }

  /** The plan for this request: steps[n] merged in, statuses[n] applied (n counted per key). */
  function resolve(sel: Selection, requestId: string | undefined): { step: FaultStep, scripted: number | undefined } {
    const { statuses, steps, sequenceBy, maxConcurrent: _c, rateLimit: _r, ...base } = sel.plan
    if (!statuses?.length && !steps?.length)
      return { step: base, scripted: undefined }
    const key = `${sel.bucket}|${sequenceBy === 'scenario' ? '' : requestId ?? ''}`
    const n = positions.get(key) ?? 0
    positions.set(key, n + 1)
    return { step: { ...base, ...steps?.[n] }, scripted: statuses?.[n] }
  }

  function retryHeaders(step: FaultStep, computedMs?: number): Record<string, string> {
    const headers: Record<string, string> = {}
    const advice: RetryAfter | undefined = step.retryAfter ?? (computedMs === undefined ? undefined : Math.ceil(computedMs / 1000))
    if (advice !== undefined) {
      const seconds = typeof advice === 'number' ? advice : advice.seconds
      const asDate = typeof advice !== 'number' && advice.format === 'http-date'
      // HTTP dates have 1 s resolution: round up so the advice is never shorter than asked.
      headers['retry-after'] = asDate ? new Date(Math.ceil((now() + seconds * 1000) / 1000) * 1000).toUTCString() : String(seconds)
    }
    const ms = step.retryAfterMs ?? computedMs
    if (ms !== undefined)
      headers['retry-after-ms'] = String(Math.round(ms))
    return headers
  }

  function errorResponse(run: Run, status: number, fault: string, message: string, headers: Record<string, string> = {}): Response {
    run.record.fault = fault
    run.headers(status)
    const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error'
    const body = JSON.stringify({ error: { message, type, code: fault } })
    return new Response(body, { status, headers: { 'content-type': 'application/json', ...headers, ...commonHeaders(run) } })
  }

  function commonHeaders(run: Run): Record<string, string> {
    const headers: Record<string, string> = { 'x-fake-seq': String(run.record.seq) }
    if (run.record.requestId !== undefined)
      headers['x-request-id'] = run.record.requestId
    return headers
  }

  function pickStatus(run: Run, step: FaultStep, scripted: number | undefined): { status: number, fault: string | undefined } {
    if (scripted !== undefined)
      return { status: scripted, fault: scripted >= 400 ? 'scripted' : undefined }
    const rand = randomFor(run.bucket)
    const nth = burstCounts.get(run.bucket) ?? 0 // bursts count requests of this bucket
    burstCounts.set(run.bucket, nth + 1)
    if (step.burst && nth % step.burst.every < step.burst.length)
      return { status: step.burst.status ?? 503, fault: 'burst' }
    if (step.errorRate !== undefined && rand() < step.errorRate)
      return { status: step.errorStatus ?? 500, fault: 'error-rate' }
    const status = step.status ?? 200
    return { status, fault: status >= 400 ? 'status' : undefined }
  }

  /** Sliding-window admission; returns the wait in ms when the window is full. */
  function rateLimited(bucket: string, limit: { limit: number, windowMs: number }): number | undefined {
    const t = now()
    const hits = (windows.get(bucket) ?? []).filter(at => at > t - limit.windowMs)
    windows.set(bucket, hits)
    if (hits.length >= limit.limit)
      return Math.max(1, (hits[0] ?? t) + limit.windowMs - t)
    hits.push(t)
    return undefined
  }

  /** Socket fault: the server destroys the connection; in-process it becomes a fetch-like error. */
  async function resetConnection(c: Context, run: Run, hard: boolean, phase: 'before-headers' | 'body'): Promise<boolean> {
    run.record.fault = 'reset'
    stats.resets++
    run.finish('reset')
    return (await options.connection?.reset(c.env, hard, phase)) ?? false
  }

  function socketError(hard: boolean): FakeSocketError {
    return hard ? new FakeSocketError('read ECONNRESET', 'ECONNRESET') : new FakeSocketError('other side closed', 'UND_ERR_SOCKET')
  }

  async function handle(c: Context, kind: 'chat' | 'models'): Promise<Response> {
    const sel = select(c)
    const requestId = c.req.header('x-request-id')
    const record: RequestRecord = {
      seq: ++stats.requests,
      at: now(),
      method: c.req.method,
      path: c.req.path,
      requestId,
      attempt: c.req.header(attemptHeader),
      scenario: 'error' in sel ? c.req.header(SCENARIO_HEADER) : sel.scenario,
      client: c.req.header('x-client-id'),
      inline: c.req.header(FAULTS_HEADER) !== undefined,
      stream: false,
      status: undefined,
      fault: undefined,
      outcome: 'in-flight',
      headersAt: undefined,
      finishedAt: undefined,
      chunksSent: 0,
      bytesSent: 0,
    }
    stats.log.push(record)
    const run = new Run(c, record, 'error' in sel ? '' : sel.bucket)
    if ('error' in sel) {
      const res = errorResponse(run, 400, 'bad-request', sel.error)
      run.finish('completed')
      return res
    }
    // Admission happens synchronously at arrival, so the ceiling is exact under any interleaving.
    // Admission (ceiling, rate limit) uses the plan, not a step, so rejections do not advance scripts.
    const { maxConcurrent, rateLimit } = sel.plan
    if (maxConcurrent !== undefined && stats.inFlightOf(sel.bucket) >= maxConcurrent) {
      stats.rejected++
      const res = errorResponse(run, 429, 'ceiling', `fake LLM: more than ${maxConcurrent} concurrent requests`, retryHeaders(sel.plan))
      run.finish('rejected')
      return res
    }
    const waitMs = rateLimit ? rateLimited(sel.bucket, rateLimit) : undefined
    if (waitMs !== undefined) {
      stats.rejected++
      const res = errorResponse(run, 429, 'rate-limit', 'fake LLM: rate limit reached', retryHeaders(sel.plan, waitMs))
      run.finish('rejected')
      return res
    }
    run.enter()
    // Every random draw happens here, in arrival order, so a seed replays the same run.
    const { step, scripted } = resolve(sel, requestId)
    const latencyMs = sampleLatency(step.latencyMs, randomFor(run.bucket))
    const outcome = pickStatus(run, step, scripted)
    try {
      return await respond(c, run, kind, step, latencyMs, outcome)
    }
    catch (err) {
      run.finish(run.aborted ? 'client-closed' : 'completed')
      throw err
    }
  }

  async function respond(c: Context, run: Run, kind: 'chat' | 'models', step: FaultStep, latencyMs: number, outcome: { status: number, fault: string | undefined }): Promise<Response> {
    let body: ChatRequest | undefined
    if (kind === 'chat') {
      const parsed = chatRequestSchema.safeParse(await c.req.json().catch(() => undefined))
      if (!parsed.success) {
        const res = errorResponse(run, 400, 'bad-request', 'body must be JSON with messages: [{ role, content }]')
        run.finish('completed')
        return res
      }
      body = parsed.data
      run.record.stream = body.stream === true
    }
    try {
      await run.sleep(latencyMs)
    }
    catch (reason) {
      throw new Rethrow(reason) // the client left (or stopAll): like fetch, the caller sees the abort reason
    }
    const hard = step.resetHard ?? true
    if (step.reset === 'before-headers') {
      if (await resetConnection(c, run, hard, 'before-headers'))
        return new Response(null, { status: 500 }) // never delivered: the socket is gone
      throw new Rethrow(new TypeError('fetch failed', { cause: socketError(hard) }))
    }
    const { status, fault } = outcome
    if (status >= 400)
      return finishNow(run, errorResponse(run, status, fault ?? 'status', `fake LLM: HTTP ${status}`, retryHeaders(step)))
    if (kind === 'models') {
      run.headers(status)
      return finishNow(run, Response.json({
        object: 'list',
        data: [{ id: model, object: 'model', created: 1_700_000_000, owned_by: 'fake-llm' }],
      }, { status, headers: commonHeaders(run) }))
    }
    const request = body ?? { messages: [] }
    return request.stream === true
      ? streamResponse(c, run, step, status, request)
      : jsonResponse(c, run, step, status, request)
  }

  function finishNow(run: Run, res: Response): Response {
    run.finish('completed')
    return res
  }

  function promptOf(request: ChatRequest): string {
    return request.messages.map(m => `${m.role}:${m.content}`).join('\n')
  }

  function jsonResponse(c: Context, run: Run, step: FaultStep, status: number, request: ChatRequest): Response {
    const chunks = completionChunks(seed, promptOf(request), step.chunks ?? DEFAULT_CHUNKS, step.multibyte)
    const content = chunks.join('')
    const promptTokens = promptOf(request).split(/\s+/).length
    const text = JSON.stringify({
      id: `chatcmpl-fake-${run.record.seq}`,
      object: 'chat.completion',
      created: Math.floor(now() / 1000),
      model: request.model ?? model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: chunks.length, total_tokens: promptTokens + chunks.length },
    })
    const headers = { 'content-type': 'application/json', ...commonHeaders(run) }
    run.headers(status)
    const cut = typeof step.reset === 'object' && 'afterBytes' in step.reset ? step.reset.afterBytes : undefined
    if (cut === undefined && step.bodyStallAfterBytes === undefined) {
      run.record.bytesSent = new TextEncoder().encode(text).byteLength
      return finishNow(run, new Response(text, { status, headers }))
    }
    // A partial body: the first bytes, then a reset or a stall. Content-Length promises the rest.
    const bytes = new TextEncoder().encode(text)
    const outlet = createOutlet(run)
    void (async () => {
      try {
        const n = Math.min(cut ?? step.bodyStallAfterBytes ?? 0, bytes.byteLength)
        if (n > 0)
          await outlet.write(bytes.subarray(0, n))
        if (cut !== undefined)
          await outlet.resetAfterFlush(c, step.resetHard ?? true)
        else {
          run.record.fault = 'stall'
          await run.untilAborted()
        }
      }
      catch {
        // the connection could not be reset: nothing more to send
      }
      finally {
        run.generationEnded()
        stats.activeGenerations--
      }
    })()
    stats.activeGenerations++
    return new Response(outlet.stream, { status, headers: { ...headers, 'content-length': String(bytes.byteLength) } })
  }

  function sseEvent(id: number, data: string): string {
    return `id: ${id}\ndata: ${data}\n\n`
  }

  function streamResponse(c: Context, run: Run, step: FaultStep, status: number, request: ChatRequest): Response {
    const total = step.chunks ?? DEFAULT_CHUNKS
    const chunks = completionChunks(seed, promptOf(request), total, step.multibyte)
    const lastEventId = Number.parseInt(c.req.header('last-event-id') ?? '', 10)
    const resumeFrom = request.resume_from ?? (Number.isFinite(lastEventId) ? lastEventId : -1)
    const resetAfter = typeof step.reset === 'object' && 'afterChunks' in step.reset ? step.reset.afterChunks : undefined
    const id = `chatcmpl-fake-${run.record.seq}`
    const created = Math.floor(now() / 1000)
    const rand = createRandom(hashSeed(seed, run.bucket, run.record.seq)) // gaps: this stream's own draws
    const encoder = new TextEncoder()
    const outlet = createOutlet(run)
    run.headers(status)

    const chunkJson = (i: number, text: string) => JSON.stringify({
      id, object: 'chat.completion.chunk', created, model: request.model ?? model,
      choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: text } : { content: text }, finish_reason: i === total - 1 ? 'stop' : null }],
      ...(step.padBytes ? { padding: '.'.repeat(step.padBytes) } : {}),
    })

    const generate = async () => {
      let sent = 0
      try {
        await run.sleep(step.ttftMs ?? 0)
        for (let i = resumeFrom + 1; i <= total; i++) {
          if (sent === resetAfter) {
            await outlet.resetAfterFlush(c, step.resetHard ?? true)
            return
          }
          if (sent === step.stallAfterChunks) {
            run.record.fault = 'stall'
            await run.untilAborted()
            return
          }
          if (sent > 0)
            await run.sleep(sampleLatency(step.gapMs, rand))
          const event = encoder.encode(sseEvent(i, i === total ? '[DONE]' : chunkJson(i, chunks[i] ?? '')))
          if (step.splitEvents)
            await outlet.writeSplit(event, () => run.sleep(1))
          else
            await outlet.write(event)
          if (run.aborted)
            return
          if (i < total)
            run.record.chunksSent = ++sent
        }
        outlet.close()
        run.finish('completed')
      }
      catch {
        // aborted while waiting: the close was recorded by whoever aborted
      }
      finally {
        run.generationEnded()
        stats.activeGenerations--
      }
    }
    stats.activeGenerations++
    void generate()
    return new Response(outlet.stream, {
      status,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'transfer-encoding': 'chunked',
        ...commonHeaders(run),
      },
    })
  }

  /** A pull-driven byte stream: the producer waits while the consumer is behind (backpressure). */
  function createOutlet(run: Run) {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined
    let closed = false
    let waiters: Array<() => void> = []
    const wake = () => {
      const pending = waiters
      waiters = []
      for (const resolve of pending)
        resolve()
    }
    const nextPull = () => new Promise<void>(resolve => waiters.push(resolve))
    run.abort.signal.addEventListener('abort', () => {
      if (!closed) {
        closed = true
        if (!run.viaSocket)
          controller?.error(run.abort.signal.reason)
        else if (run.stopped) // a socket-served body ends with its socket (node-server cancels us)
          void options.connection?.reset(run.env, false, 'body')
      }
      wake()
    }, { once: true })
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c
      },
      pull: () => wake(),
      cancel: () => {
        closed = true
        run.clientClosed()
        wake()
      },
    }, { highWaterMark: STREAM_HIGH_WATER_BYTES, size: chunk => chunk.byteLength })
    const desired = () => controller?.desiredSize ?? 0

    const write = async (bytes: Uint8Array): Promise<void> => {
      if (!closed && desired() <= 0) {
        stats.backpressureHits++
        while (!closed && desired() <= 0)
          await nextPull()
      }
      if (closed)
        return
      controller?.enqueue(bytes)
      run.record.bytesSent += bytes.byteLength
    }
    /** Resolves once the consumer has taken everything enqueued so far. */
    const drained = async (): Promise<void> => {
      while (!closed && desired() < STREAM_HIGH_WATER_BYTES)
        await nextPull()
    }
    return {
      stream,
      write,
      drained,
      async writeSplit(bytes: Uint8Array, pause: () => Promise<void>): Promise<void> {
        // Split inside the first multibyte character when there is one, else in the middle.
        const lead = bytes.findIndex(b => b >= 0xC0)
        const at = lead >= 0 ? lead + 1 : Math.floor(bytes.byteLength / 2)
        await write(bytes.subarray(0, at))
        await drained()
        await pause()
        await write(bytes.subarray(at))
      },
      async resetAfterFlush(c: Context, hard: boolean): Promise<void> {
        await drained()
        if (closed)
          return
        closed = true
        if (!(await resetConnection(c, run, hard, 'body')))
          controller?.error(new TypeError('terminated', { cause: socketError(hard) }))
      },
      close(): void {
        if (!closed) {
          closed = true
          controller?.close()
        }
      },
    }
  }

  app.onError((err, c) => {
    if (err instanceof Rethrow)
      throw err.inner
    return c.json({ error: { message: 'fake LLM internal error', type: 'server_error' } }, 500)
  })
  app.get('/health', c => c.json({ status: 'ok' }))
  app.get('/v1/models', c => handle(c, 'models'))
  app.post('/v1/chat/completions', c => handle(c, 'chat'))

  return {
    app,
    stats,
    scenario(id, plan) {
      scenarios.set(id, faultPlanSchema.parse(plan))
      for (const key of [...positions.keys()].filter(k => k.startsWith(`${id}|`)))
        positions.delete(key)
      return { id, headers: { [SCENARIO_HEADER]: id } }
    },
    setPlan(plan) {
      serverPlan = faultPlanSchema.parse(plan)
    },
    reset() {
      stats.clear()
      positions = new Map()
      randoms = new Map()
      windows = new Map()
      burstCounts = new Map()
    },
    stopAll() {
      for (const run of [...running])
        run.stop()
    },
  }
}
