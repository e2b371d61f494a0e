// Hidden retry layers multiply: our 3 attempts over a dispatcher (or SDK) that retries twice is 9
// vendor calls for one request. undici's RetryAgent stands in for an SDK's built-in retries. Node only.
import { type Dispatcher, RetryAgent } from 'undici'
import type { CallDeps, Transport } from './callLlm.ts'

// #region multiplication
/** A second, hidden retry layer: retries POST twice
 *  before our loop even sees the error. */
export function retryingDispatcher(pool: Dispatcher): RetryAgent {
  return new RetryAgent(pool, {
    maxRetries: 2, // the official TS SDKs' default too
    methods: ['POST'], // default: idempotent methods only
    statusCodes: [429, 500, 502, 503, 504],
    minTimeout: 5, maxTimeout: 10, // demo values (SDK: ~0.5-8 s)
    throwOnError: false, // hand back the last 503, like an SDK
  })
}
// 3 attempts x (1 + 2 retries) = 9 vendor calls per request
// #endregion multiplication

// #region disableSdkRetries
/** Exactly one retry layer. With an SDK: `new OpenAI({ maxRetries: 0, timeout: callMs })`. */
export const SDK_OPTIONS = { maxRetries: 0 } as const

/** If a lower layer's retries cannot be turned off: make OUR loop one attempt. Never stack. */
export const singleAttempt = (deps: CallDeps): CallDeps => ({ ...deps, maxAttempts: 1 })
// #endregion disableSdkRetries

/** undici's request() API keeps a string body replayable (fetch turns it into a one-shot stream),
 *  so a RetryAgent underneath can really resend a POST, as an SDK's own retry loop does. */
export function requestApiTransport(dispatcher: Dispatcher): Transport {
  return async (req, signal) => {
    const { origin, pathname, search } = new URL(req.url)
    const res = await dispatcher.request({
      origin, path: pathname + search, method: 'POST', signal,
      headers: Object.fromEntries(req.headers), body: await req.text(),
    })
    const headers = new Headers()
    for (const [name, value] of Object.entries(res.headers))
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value))
    return new Response(await res.body.text(), { status: res.statusCode, headers })
  }
}
