// The gold path so far, composed (breaker and load shedding join in advanced-patterns): admission ->
// probes -> validation -> user/endpoint limits -> SLA + disconnect -> outbound pipeline -> one error
// mapping. Every dependency is created once in createDeps and only borrowed per request. Node only.
import { Hono, type Context } from 'hono'
import type { Redis } from 'ioredis'
import { z } from 'zod'
import type { Transport } from '../call-patterns/callLlm.ts'
import { CallTimeoutError, DeadlineExceededError, FinalFailure } from '../call-patterns/errors.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import { clientSignal } from '../concurrency-and-timeouts/timeoutErrors.ts'
import { type InflightCap, inflightCap } from './admission.ts'
import { errorToResponse, type ErrorLog, InvalidRequestError } from './httpMapping.ts'
import { type Outbound, type OutboundConfig, outboundPipeline } from './outboundPipeline.ts'
import { ErrorRateWindow, READY_RULES, registerHealthRoute, registerReadyRoute } from './readiness.ts'
import { endpointLimiters, tierLimiters, type User, userLimitMiddleware } from './userLimits.ts'

export interface AppDeps {
  admission: InflightCap
  outbound: Outbound
  errors: ErrorRateWindow // vendor faults only: what /ready reads
  userLimits: ReturnType<typeof userLimitMiddleware>
  readyRules: typeof READY_RULES
  slaMs: number // production 60 s
  log: ErrorLog
}

const ChatBody = z.object({ prompt: z.string().min(1).max(20_000) })

// #region createApp
export function createApp(deps: AppDeps): Hono<BodyEnv> {
  const app = new Hono<BodyEnv>()
  registerHealthRoute(app) // probes first: never refused by admission, never touch Redis
  registerReadyRoute(app, { permits: deps.outbound.permits, metrics: deps.errors }, deps.readyRules)
  app.use(deps.admission.middleware) // pod admission: 503 + Retry-After before any app code
  app.post('/chat', validate, deps.userLimits, async (c) => { // free check, then one Redis trip
    const { prompt } = c.get('body')
    using sla = deadline(deps.slaMs, () => new DeadlineExceededError(), clientSignal(c.req.raw.signal))
    const messages = [{ role: 'user' as const, content: prompt }]
    const res = await deps.outbound.run({ messages, budget: sla.remaining }, sla.signal)
      .catch((err: unknown) => { recordOutcome(deps.errors, err); throw err })
    deps.errors.record(false)
    return c.json({ content: res.content, attempts: res.attempts })
  })
  app.onError(err => errorToResponse(err, deps.log)) // the section's one mapping
  return app
}
// #endregion createApp

export type BodyEnv = { Variables: { body: z.infer<typeof ChatBody> } }
async function validate(c: Context<BodyEnv>, next: () => Promise<void>): Promise<void> {
  const raw: unknown = await c.req.json().catch(() => { throw new InvalidRequestError(400) })
  const body = ChatBody.safeParse(raw)
  if (!body.success)
    throw new InvalidRequestError(422, body.error.issues.map(i => i.path.join('.')))
  c.set('body', body.data)
  await next()
}

/** Only vendor faults count against readiness: not our rejections, not client disconnects. */
function recordOutcome(errors: ErrorRateWindow, err: unknown): void {
  if (err instanceof FinalFailure || err instanceof CallTimeoutError)
    errors.record(true)
}

export interface GoldPathConfig {
  maxInFlight: number // guide: 100 per process
  slaMs: number
  outbound: Omit<OutboundConfig, 'vendor'> & { vendor: { key: string, limit: number, windowMs: number } }
  limits: { prefix: string, windowSec: number }
  readyRules?: typeof READY_RULES
  errorWindowMs?: number
}

// #region createDeps
/** Once at startup. `userOf` comes from the auth layer (web-api/authentication). */
export function createDeps(cfg: GoldPathConfig, redis: Redis, transport: Transport, vendorUrl: string,
  userOf: (c: Context) => User, log: ErrorLog): AppDeps {
  const outbound = outboundPipeline({ ...cfg.outbound, vendor: { redis, ...cfg.outbound.vendor } }, transport, vendorUrl)
  return {
    admission: inflightCap(cfg.maxInFlight),
    outbound,
    errors: new ErrorRateWindow(cfg.errorWindowMs ?? 60_000),
    userLimits: userLimitMiddleware(tierLimiters(redis, cfg.limits), endpointLimiters(redis, cfg.limits), userOf),
    readyRules: cfg.readyRules ?? READY_RULES,
    slaMs: cfg.slaMs,
    log,
  }
}
// #endregion createDeps

/** The section's scaled profile (ms, not s): 5 permits, queue 200, call 300, SLA 500, limits per `windowSec`. */
export function scaledConfig(prefix: string, windowSec = 60): GoldPathConfig {
  return {
    maxInFlight: 100, slaMs: 500, limits: { prefix, windowSec },
    outbound: {
      permits: 5, localPerSec: 100, queueMs: 200, vendorWaitMs: 100, callMs: 300,
      vendor: { key: `${prefix}:vendor`, limit: 100, windowMs: 1_000 },
    },
  }
}
