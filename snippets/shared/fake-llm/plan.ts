// The fake LLM's fault plan: the knobs a test or a demo turns, validated with zod so a typo in an
// `x-fake-faults` header gets a clear 400 instead of silently doing nothing. Also the seeded
// randomness (PRNG, latency sampling) that keeps every run reproducible. Browser-safe.
import { z } from 'zod'

const ms = z.number().finite().nonnegative()
const count = z.number().int().nonnegative()
const httpStatus = z.number().int().min(200).max(599)

// #region latency
/** Fixed ms, `{ ms, jitterMs }` (uniform ± jitter), or a percentile profile sampled per request. */
export const latencySchema = z.union([
  ms,
  z.strictObject({ ms, jitterMs: ms.optional() }),
  z.strictObject({ p50: ms, p95: ms, p99: ms, min: ms.optional(), max: ms.optional() }),
])
export type Latency = z.infer<typeof latencySchema>
// #endregion latency

/** `Retry-After` advice: integer seconds (a number), or `{ seconds, format: 'http-date' }`. */
export const retryAfterSchema = z.union([
  count,
  z.strictObject({ seconds: count, format: z.enum(['seconds', 'http-date']).optional() }),
])
export type RetryAfter = z.infer<typeof retryAfterSchema>

/** Socket-level faults (served by `serveFakeLlm`; emulated in-process as fetch-like errors). */
export const resetSchema = z.union([
  z.literal('before-headers'),
  z.strictObject({ afterBytes: count }),
  z.strictObject({ afterChunks: count }),
])
export type ResetFault = z.infer<typeof resetSchema>

// #region plan
const stepSchema = z.strictObject({
  latencyMs: latencySchema.optional(), // before the response headers
  status: httpStatus.optional(), // every response (after sequences, bursts and error rate)
  errorRate: z.number().min(0).max(1).optional(), // share of requests answered with errorStatus
  errorStatus: httpStatus.optional(), // default 500
  burst: z.strictObject({ every: z.number().int().positive(), length: count, status: httpStatus.optional() }).optional(),
  retryAfter: retryAfterSchema.optional(), // sent on every error response when set
  retryAfterMs: ms.optional(), // OpenAI-style `retry-after-ms` header
  reset: resetSchema.optional(),
  resetHard: z.boolean().optional(), // true (default): TCP RST (ECONNRESET); false: plain close
  bodyStallAfterBytes: count.optional(), // buffered: headers + N bytes, then silence
  chunks: z.number().int().positive().max(100_000).optional(), // stream: content chunks (default 8)
  ttftMs: ms.optional(), // stream: headers -> first chunk
  gapMs: latencySchema.optional(), // stream: between chunks
  stallAfterChunks: count.optional(), // stream: N chunks, then silence (connection left open)
  multibyte: z.boolean().optional(), // tokens with 2-4 byte UTF-8 characters
  splitEvents: z.boolean().optional(), // each event written in two pieces (split inside a character)
  padBytes: count.max(1_000_000).optional(), // adds a `padding` field of N characters per chunk
})

export const faultPlanSchema = stepSchema.extend({
  maxConcurrent: z.number().int().positive().optional(), // a request arriving with this many in flight -> 429
  rateLimit: z.strictObject({ limit: z.number().int().positive(), windowMs: z.number().positive() }).optional(),
  statuses: z.array(httpStatus).optional(), // scripted: nth request gets statuses[n], then `status`
  steps: z.array(stepSchema).optional(), // scripted: nth request merges steps[n] over the plan
  sequenceBy: z.enum(['request-id', 'scenario']).optional(), // default: per X-Request-ID
})
export type FaultStep = z.infer<typeof stepSchema>
export type FaultPlan = z.infer<typeof faultPlanSchema>
// #endregion plan

/** Parses an `x-fake-faults` header value; throws an Error with a readable message. */
export function parseFaultPlan(json: string): FaultPlan {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  }
  catch {
    throw new Error(`x-fake-faults is not valid JSON: ${json.slice(0, 80)}`)
  }
  const parsed = faultPlanSchema.safeParse(raw)
  if (!parsed.success)
    throw new Error(`x-fake-faults: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`)
  return parsed.data
}

// #region random
/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over the parts: derives independent seeds (per scenario, per prompt) from one seed. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811C9DC5
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}
// #endregion random

// #region sample
/** One latency sample in ms. Percentile profiles use a piecewise-linear inverse CDF. */
export function sampleLatency(spec: Latency | undefined, rand: () => number): number {
  if (spec === undefined)
    return 0
  if (typeof spec === 'number')
    return spec
  if ('ms' in spec)
    return Math.max(0, spec.ms + (rand() * 2 - 1) * (spec.jitterMs ?? 0))
  const { p50, p95, p99 } = spec
  const points: Array<[number, number]> = [
    [0, spec.min ?? p50 / 2], [0.5, p50], [0.95, p95], [0.99, p99], [1, spec.max ?? p99 + (p99 - p95)],
  ]
  const u = rand()
  for (let i = 1; i < points.length; i++) {
    const [u0, v0] = points[i - 1] ?? [0, 0]
    const [u1, v1] = points[i] ?? [1, 0]
    if (u <= u1)
      return v0 + (v1 - v0) * ((u - u0) / (u1 - u0))
  }
  return points.at(-1)?.[1] ?? p99
}
// #endregion sample
