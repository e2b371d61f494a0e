// Advisory vs wired timeouts: a Promise.race only stops YOUR waiting; a signal handed to undici
// stops the request, frees its socket and tells the vendor. Node only (real sockets).
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { deadline } from './deadline.ts'
import { CallTimeoutError } from './timeoutErrors.ts'

export interface VendorTarget {
  url: string // the vendor origin
  dispatcher: Dispatcher // the shared Pool
}

const chat = (prompt: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})

// #region raceTimeout
/** ADVISORY: our promise settles at the budget; the request, its socket and the vendor go on. */
export async function callWithRace(v: VendorTarget, prompt: string, budgetMs: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallTimeoutError(`no answer within ${budgetMs} ms`)), budgetMs)
  })
  const request = fetch(`${v.url}/v1/chat/completions`, { ...chat(prompt), dispatcher: v.dispatcher })
    .then(res => res.text())
  try {
    return await Promise.race([request, timeout]) // nothing here can stop `request`
  }
  finally {
    clearTimeout(timer)
  }
}
// #endregion raceTimeout

// #region wiredTimeout
/** WIRED: the deadline's signal goes into undici, which destroys the socket when it fires. */
export async function callWired(v: VendorTarget, prompt: string, budgetMs: number): Promise<string> {
  using attempt = deadline(budgetMs, () => new CallTimeoutError(`no answer within ${budgetMs} ms`))
  const res = await fetch(`${v.url}/v1/chat/completions`, {
    ...chat(prompt), dispatcher: v.dispatcher, signal: attempt.signal,
  })
  return await res.text() // reading the body is inside the budget too
}
// #endregion wiredTimeout
