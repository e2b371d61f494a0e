// The section's pieces composed into one client per vendor: base URL + default headers + request
// id -> limiter with a queue deadline -> explicitly configured agent with a logging interceptor
// -> ensureOk -> classified errors; plus close(). safe-api-calls wraps it in the resilience stack.
import { Agent, fetch, Headers } from 'undici'
import type { RequestInit, Response } from 'undici'
import { currentRequestId, withRequestContext } from '../../core-concepts/structured-logging/request-context.ts'
import { chatRequest } from '../mental-model/agent.ts'
import { createPoolLimiter } from '../connection-pooling/pool-timeout.ts'
import { joinUrl } from './base-url.ts'
import { logFailure } from './error-taxonomy.ts'
import { loggingInterceptor } from './hooks.ts'
import type { HttpLog } from './hooks.ts'
import { ensureOk } from './retry-app.ts'

export interface ClientLogger { debug: HttpLog, warn: HttpLog } // pino's Logger fits
export interface ProductionClientOptions {
  baseUrl: string
  headers?: Record<string, string> // User-Agent, Authorization: sent on every call, never logged
  logger: ClientLogger
  connections?: number // default 50 (the guide's max_connections)
  queueTimeoutMs?: number // default 5 s (httpx pool=5)
  deadlineMs?: number // default 60 s for the whole call
}
export type CallInit = Omit<RequestInit, 'dispatcher'> & { attempt?: number }

export class ClientClosedError extends Error { override readonly name = 'ClientClosedError' }

// #region create
export function createProductionClient(o: ProductionClientOptions) {
  const agent = new Agent({
    connections: o.connections ?? 50, allowH2: true, // h2 via ALPN when the vendor offers it
    keepAliveTimeout: 4_000, keepAliveMaxTimeout: 10_000, // bounded idle lifetime
    connect: { timeout: 5_000 }, headersTimeout: 30_000, bodyTimeout: 30_000,
  })
  const dispatcher = agent.compose(loggingInterceptor((f, msg) => o.logger.debug(f, msg)))
  const limiter = createPoolLimiter(o.connections ?? 50, o.queueTimeoutMs ?? 5_000)
  let closing: Promise<void> | undefined
  // #endregion create

  // #region call
  async function request<T>(path: string, init: CallInit = {},
    read: (res: Response) => Promise<T> = async res => await res.json() as T): Promise<T> {
    if (closing) throw new ClientClosedError('client is closed')
    const requestId = currentRequestId() ?? crypto.randomUUID()
    const headers = { ...o.headers, ...Object.fromEntries(new Headers(init.headers)),
      'x-request-id': requestId }
    const signal = AbortSignal.any([AbortSignal.timeout(o.deadlineMs ?? 60_000),
      ...(init.signal ? [init.signal] : [])])
    const url = joinUrl(o.baseUrl, path)
    try { // the permit is held until the body is read: one permit = one busy socket
      return await limiter.run(async () => {
        const res = await fetch(url, { ...init, headers, signal, dispatcher })
        return await read(await ensureOk(res, url))
      }, signal)
    }
    catch (err) {
      const ctx = { requestId, attempt: init.attempt ?? 1 }
      throw logFailure(err, ctx, f => o.logger.warn(f, 'http_error'))
    }
  }
  const close = async () => { closing ??= agent.close(); await closing } // drains first
  // #endregion call
  return { request, close, stats: limiter.stats }
}
export type ProductionClient = ReturnType<typeof createProductionClient>

// #region usage
/** Startup: one client per vendor. Handler: call it in the request's context. */
export function startLlmClient(vendorUrl: string, logger: ClientLogger, apiKey: string) {
  return createProductionClient({ baseUrl: `${vendorUrl}/v1`, logger, connections: 50,
    headers: { 'user-agent': 'MyApp/1.0', 'authorization': `Bearer ${apiKey}` } })
}

export const handleChat = (llm: ProductionClient, requestId: string, prompt: string) =>
  withRequestContext({ request_id: requestId }, // the client forwards it as X-Request-ID
    () => llm.request('/chat/completions', chatRequest(prompt)))

// in main(): process.once('SIGTERM', () => void llm.close())  (in-flight calls finish first)
// #endregion usage
