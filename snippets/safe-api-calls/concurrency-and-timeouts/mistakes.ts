// Two of the four classic timeout mistakes, reproduced so a test can show their cost. Node only.
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { deadline } from './deadline.ts'
import { CallTimeoutError } from './timeoutErrors.ts'

const chat = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
}

// #region oneNumberEverywhere
/** MISTAKE 1: one number for everything: a race timer on
 *  top of undici's defaults (connect 10 s, headers and body
 *  300 s). An unreachable vendor costs the full budget. */
export async function oneNumberCall(
  url: string,
  pool: Dispatcher,
  onlyTimeoutMs: number,
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const giveUp = new Promise<never>((_, reject) => {
    const err = new Error(`timed out after ${onlyTimeoutMs} ms`)
    timer = setTimeout(() => reject(err), onlyTimeoutMs)
  })
  try {
    const call = fetch(url, { ...chat, dispatcher: pool })
    return await Promise.race([call.then(r => r.text()), giveUp])
  }
  finally { clearTimeout(timer) }
}
// #endregion oneNumberEverywhere

// #region equalClocks
/** MISTAKE 3 when deadlineMs equals the pool's headersTimeout: which error you get is a race.
 *  Transport + margin (kit: +2 s in production) lets the transport fire first, with a precise code. */
export async function attemptWithDeadline(url: string, pool: Dispatcher, deadlineMs: number): Promise<string> {
  using attempt = deadline(deadlineMs, () => new CallTimeoutError(`attempt exceeded ${deadlineMs} ms`))
  const res = await fetch(url, { ...chat, dispatcher: pool, signal: attempt.signal })
  return await res.text()
}
// #endregion equalClocks
