// Five libraries, five error vocabularies. normalise() translates what only a library knows
// (got's timeout `event`, axios's codes, ky's and got's HTTPError) and hands the rest to the kit's
// classifier from the advanced deck, so every caller sees one taxonomy. Node only (got).
import { isAxiosError } from 'axios'
import { HTTPError as GotHTTPError, TimeoutError as GotTimeoutError } from 'got'
import { isHTTPError as isKyHTTPError } from 'ky'
import { classify, HttpClientError } from '../advanced/error-taxonomy.ts'
import type { Kind } from '../advanced/error-taxonomy.ts'
import { HttpStatusError } from '../advanced/retry-app.ts'

const GOT_PHASE: Record<string, Kind> = { lookup: 'connect', connect: 'connect',
  secureConnect: 'connect', response: 'headers', read: 'body', request: 'deadline' }

const byStatus = (status: number) => classify(new HttpStatusError(status, '', ''))

// #region normalise
export function normalise(err: unknown): HttpClientError {
  if (err instanceof GotHTTPError) return byStatus(err.response.statusCode) // got and ky: status
  if (isKyHTTPError(err)) return byStatus(err.response.status) // errors carry the response
  if (err instanceof GotTimeoutError) // got names the phase; `socket` is idle time in either
    return new HttpClientError('timeout', err.event === 'socket'
      ? (err.timings?.response ? 'body' : 'headers') : GOT_PHASE[err.event] ?? 'unknown', err)
  if (isAxiosError(err)) {
    if (err.code === 'ERR_CANCELED') return new HttpClientError('aborted', 'aborted', err)
    if (err.code === 'ECONNABORTED' || err.code === 'ETIMEDOUT') // one timer: phase unknown
      return new HttpClientError('timeout', 'unknown', err)
    const status = err.response?.status
    if (status !== undefined && status >= 400) return byStatus(status)
    if (status !== undefined) // a 2xx whose body axios itself aborted: its timer fired mid-body
      return new HttpClientError('timeout', 'body', err)
  }
  if (err instanceof Error && 'statusCode' in err && typeof err.statusCode === 'number')
    return byStatus(err.statusCode) // undici: responseError, or the retry interceptor gave up
  return classify(err) // undici codes, fetch's cause chain, AbortError, ky's TimeoutError
}
// #endregion normalise
