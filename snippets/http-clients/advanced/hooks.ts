// httpx's event_hooks in Node: an undici interceptor composed onto the agent sees every request
// and response of that agent; the diagnostics channels see every undici request in the process
// (OpenTelemetry's undici instrumentation listens to the same channels). Node only.
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { Dispatcher, DiagnosticsChannel as DC } from 'undici'

export type HttpLog = (fields: Record<string, unknown>, msg: string) => void // pino's debug shape

// #region interceptor-logging
/** One http_request and one http_response (or http_error) line per call. Never logs headers. */
export const loggingInterceptor = (debug: HttpLog): Dispatcher.DispatcherComposeInterceptor =>
  dispatch => (opts, handler) => {
    const started = performance.now()
    const url = `${String(opts.origin ?? '')}${opts.path}` // path + query: keep secrets out of URLs
    debug({ method: opts.method, url }, 'http_request')
    return dispatch(opts, {
      onRequestStart: (c, ctx) => handler.onRequestStart?.(c, ctx),
      onRequestUpgrade: (c, s, h, socket) => handler.onRequestUpgrade?.(c, s, h, socket),
      onResponseStart: (c, status, headers, text) => {
        const ms = Math.round(performance.now() - started)
        debug({ method: opts.method, url, status, ms }, 'http_response')
        handler.onResponseStart?.(c, status, headers, text)
      },
      onResponseData: (c, chunk) => handler.onResponseData?.(c, chunk),
      onResponseEnd: (c, trailers) => handler.onResponseEnd?.(c, trailers),
      onResponseError: (c, err) => {
        debug({ method: opts.method, url, error: err.message }, 'http_error')
        handler.onResponseError?.(c, err)
      },
    })
  }
// #endregion interceptor-logging

// #region diagnostics-channel
/** Process-wide hooks for every undici request (fetch included); returns an unsubscribe. */
export function observeUndici(debug: HttpLog): () => void {
  const channels: Record<string, (m: unknown) => void> = { // messages typed by undici
    'undici:request:create': (m) => {
      const { request } = m as DC.RequestCreateMessage
      debug({ method: request.method, path: request.path }, 'dc_request')
    },
    'undici:request:headers': (m) => {
      const { request, response } = m as DC.RequestHeadersMessage
      debug({ path: request.path, status: response.statusCode }, 'dc_response')
    },
    'undici:request:error': (m) => {
      const { request, error } = m as DC.RequestErrorMessage
      debug({ path: request.path, error: error.message }, 'dc_error')
    },
  }
  for (const [name, fn] of Object.entries(channels)) subscribe(name, fn)
  return () => { for (const [name, fn] of Object.entries(channels)) unsubscribe(name, fn) }
}
// #endregion diagnostics-channel
