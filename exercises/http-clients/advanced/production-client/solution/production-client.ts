// The production client, assembled from the deck's layers. Node only (undici).
import { randomUUID } from 'node:crypto'
import { Agent, fetch, Headers } from 'undici'
import type { RequestInit } from 'undici'
import { currentRequestId } from '../../../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createPoolLimiter } from '../../../../../snippets/http-clients/connection-pooling/pool-timeout.ts'
import { joinUrl } from '../../../../../snippets/http-clients/advanced/base-url.ts'
import { classify } from '../../../../../snippets/http-clients/advanced/error-taxonomy.ts'
import { loggingInterceptor } from '../../../../../snippets/http-clients/advanced/hooks.ts'
import { ensureOk } from '../../../../../snippets/http-clients/advanced/retry-app.ts'

export interface Timeouts { connectMs: number, headersMs: number, bodyMs: number, deadlineMs: number }
export interface Logger { debug: (fields: Record<string, unknown>, msg: string) => void }
export interface ProductionClientOptions {
  baseUrl: string // e.g. http://127.0.0.1:8787/v1
  headers?: Record<string, string> // sent on every call, never logged
  logger: Logger
  connections?: number // default 50
  queueTimeoutMs?: number // default 5_000
  timeouts?: Partial<Timeouts>
}
export interface ProductionClient {
  request: (path: string, init?: Omit<RequestInit, 'dispatcher'>) => Promise<unknown>
  close: () => Promise<void>
}

const DEFAULTS: Timeouts = { connectMs: 5_000, headersMs: 30_000, bodyMs: 30_000, deadlineMs: 60_000 }

export function createProductionClient(o: ProductionClientOptions): ProductionClient {
  const t = { ...DEFAULTS, ...o.timeouts }
  const connections = o.connections ?? 50
  const agent = new Agent({ connections, allowH2: true, keepAliveTimeout: 4_000,
    connect: { timeout: t.connectMs }, headersTimeout: t.headersMs, bodyTimeout: t.bodyMs })
  const dispatcher = agent.compose(loggingInterceptor((fields, msg) => o.logger.debug(fields, msg)))
  const limiter = createPoolLimiter(connections, o.queueTimeoutMs ?? 5_000)
  let closing: Promise<void> | undefined

  return {
    async request(path, init = {}) {
      if (closing) throw new Error('client is closed')
      const url = joinUrl(o.baseUrl, path)
      const headers = { ...o.headers, ...Object.fromEntries(new Headers(init.headers)),
        'x-request-id': currentRequestId() ?? randomUUID() }
      const signal = AbortSignal.any([AbortSignal.timeout(t.deadlineMs), ...(init.signal ? [init.signal] : [])])
      try {
        return await limiter.run(async () => {
          const res = await fetch(url, { ...init, headers, signal, dispatcher })
          return await (await ensureOk(res, url)).json()
        }, signal)
      }
      catch (err) {
        throw classify(err)
      }
    },
    async close() {
      closing ??= agent.close() // in-flight calls finish, then every socket closes; once
      await closing
    },
  }
}
