// httpx's AsyncHTTPTransport(retries=2): retry connection failures, never HTTP statuses. undici's
// retry interceptor can do that, but its defaults also retry 5xx/429 and PUT/DELETE: pin every
// option. Node only (undici).
import { Agent, interceptors } from 'undici'
import type { Dispatcher } from 'undici'

// #region retry-interceptor
export const transportRetry = (minTimeoutMs = 100) => interceptors.retry({
  maxRetries: 2, // httpx: retries=2
  methods: ['GET', 'HEAD', 'OPTIONS', 'TRACE'], // safe methods only: no POST, no PUT
  errorCodes: ['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'EPIPE'], // not timeouts
  statusCodes: [], // a 500 is an answer: the application decides
  minTimeout: minTimeoutMs, timeoutFactor: 2, retryAfter: false,
})

export const retryingAgent = (minTimeoutMs?: number): Dispatcher =>
  new Agent({ allowH2: false, connections: 10 }).compose(transportRetry(minTimeoutMs))
// #endregion retry-interceptor
