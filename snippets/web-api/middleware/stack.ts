// The production stack as the section's app factory: every layer in Hono order (first
// registered = outermost), shared resources passed in, errors in onError. Node only (ALS, undici).
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { timing } from 'hono/timing'
import type { Logger } from 'pino'
import { Pool } from 'undici'
import { z } from 'zod'
import { currentRequestId } from '../../core-concepts/structured-logging/request-context.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validate } from '../validation/validation-hook.ts'
import { corsFromEnv } from './cors-env.ts'
import { pinoSink } from './ordering.ts'
import { loggingContext, type RequestIdEnv } from './request-id.ts'
import { timingLog } from './timing.ts'
import { trustedHost } from './trusted-host.ts'

export interface LlmClient {
  complete: (prompt: string) => Promise<string>
  close: () => Promise<void>
}

// #region shared-client
/** ONE pooled client per process (FastAPI's lifespan): created at startup, closed on SIGTERM. */
export function createLlmClient(origin: string): LlmClient {
  const pool = new Pool(origin, { connections: 50, allowH2: false, // the only hard cap
    connectTimeout: 5_000, headersTimeout: 30_000, bodyTimeout: 30_000 })
  return {
    async complete(prompt) {
      const id = currentRequestId() // forwarded: one id across services
      const res = await pool.request({ method: 'POST', path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }) })
      const body = Completion.parse(await res.body.json())
      return body.choices[0]?.message.content ?? ''
    },
    close: () => pool.close(), // waits for in-flight requests
  }
}
// #endregion shared-client

const Completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })) })

export interface StackDeps {
  env: Record<string, string | undefined> // ENVIRONMENT picks the CORS origins
  allowedHosts: readonly string[]
  log: Logger
  llm: LlmClient
}

// #region production-stack
export function createApp({ env, allowedHosts, log, llm }: StackDeps) {
  const app = new Hono<RequestIdEnv>()
  app.use(compress()) // 1 outermost: sees the final body and headers
  app.use(trustedHost(allowedHosts)) // 2 bad Host: 400 before any work
  app.use(corsFromEnv(env)) // 3 answers preflights itself
  app.use(secureHeaders()) // 4 on every response, errors too
  app.use(requestId()) // 5 before anything that logs
  app.use(loggingContext()) // 6 request_id on every log line
  app.use(timing(), timingLog(pinoSink(log))) // 7 innermost: processing only
  app.get('/health', c => c.json({ ok: true }))
  app.post('/chat', validate('json', z.strictObject({ prompt: z.string().min(1) })),
    async c => c.json({ answer: await llm.complete(c.req.valid('json').prompt) }))
  app.get('/boom', () => { throw new Error('bug: undefined is not a function') })
  return useProblemDetails(app, { // 8 errors: onError + notFound
    report: ({ err, status }) => log.error({ err, status }, 'request failed') })
}
// #endregion production-stack
