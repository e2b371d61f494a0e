// Application-level retry: fetch resolves on 4xx/5xx, so first turn a bad status into a typed
// error (httpx's raise_for_status), then decide per error what to retry. Browser-runnable: the
// fetch-like function is injected (undici's fetch, or the fake LLM's app.request in a demo).

// #region ensure-ok
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError'
  readonly status: number
  readonly bodyExcerpt: string
  constructor(status: number, url: string, bodyExcerpt: string) {
    super(`HTTP ${status} from ${url}`)
    this.status = status
    this.bodyExcerpt = bodyExcerpt
  }
}

export interface ResponseLike {
  ok: boolean, status: number, url: string, text: () => Promise<string>
}

/** Throws HttpStatusError on 4xx/5xx (consuming the body so its socket is freed). */
export async function ensureOk<R extends ResponseLike>(res: R, url = res.url): Promise<R> {
  if (res.ok) return res
  const text = await res.text().catch(() => '')
  throw new HttpStatusError(res.status, url, text.slice(0, 200)) // an excerpt: no huge logs
}
// #endregion ensure-ok

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>
export interface RetryOptions {
  attempts?: number // default 3
  backoffMs?: (attempt: number) => number // default 100 ms * 2^(attempt-1)
  sleep?: (ms: number) => Promise<void>
  onAttempt?: (attempt: number, outcome: string) => void
}
const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

// #region app-level-retry
/** Up to `attempts` calls; only a 5xx is retried, after a backoff; the rest is rethrown. */
export async function fetchWithRetry(fetchLike: FetchLike, url: string, init: RequestInit = {},
  o: RetryOptions = {}): Promise<Response> {
  const { attempts = 3, backoffMs = a => 100 * 2 ** (a - 1), sleep = defaultSleep } = o
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await ensureOk(await fetchLike(url, init), url)
      o.onAttempt?.(attempt, `${res.status}`)
      return res
    }
    catch (err) {
      const retryable = err instanceof HttpStatusError && err.status >= 500
      o.onAttempt?.(attempt, err instanceof HttpStatusError ? `${err.status}` : 'error')
      if (!retryable) throw err // 4xx, bugs, aborts: retrying cannot help
      if (attempt >= attempts)
        throw new Error(`gave up after ${attempt} attempts`, { cause: err })
      await sleep(backoffMs(attempt))
    }
  }
}
// #endregion app-level-retry
