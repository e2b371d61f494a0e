// The production client, assembled from the deck's layers. Node only (undici).
import { Agent, fetch } from 'undici'
import type { RequestInit } from 'undici'

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

export function createProductionClient(o: ProductionClientOptions): ProductionClient {
  // TODO 3: connections, allowH2 and the timers from o.timeouts; compose a logging interceptor
  const agent = new Agent({ allowH2: false })
  // TODO 2: a limiter with a queue deadline (createPoolLimiter)

  return {
    async request(path, init = {}) {
      // TODO 6: refuse calls after close()
      const url = new URL(path, o.baseUrl).href // TODO 1: joinUrl (new URL drops the base path)
      // TODO 1: default headers, the caller's headers, x-request-id from the request context
      o.logger.debug({ url, headers: init.headers }, 'http_request') // TODO 3: never log headers
      const res = await fetch(url, { ...init, dispatcher: agent })
      // TODO 4: ensureOk; TODO 5: classify every failure (wrap fetch AND the body read)
      return await res.json()
    },
    async close() {
      // TODO 6: refuse new calls, then close the agent
    },
  }
}
