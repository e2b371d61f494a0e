// Exercise: make the timeout real. See README.md.
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import type { Semaphore } from '../../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { deadline } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { CallTimeoutError } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

export interface VendorTarget {
  url: string
  dispatcher: Dispatcher
}

const chat = (prompt: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})

/** One attempt with a time budget. */
export async function callVendor(target: VendorTarget, prompt: string, budgetMs: number): Promise<string> {
  using attempt = deadline(budgetMs, () => new CallTimeoutError(`no answer within ${budgetMs} ms`))
  const res = await fetch(`${target.url}/v1/chat/completions`, {
    ...chat(prompt), dispatcher: target.dispatcher, signal: attempt.signal, // undici aborts the socket
  })
  return await res.text() // the body read is inside the budget too
}

/** Many prompts, at most `permits` calls at a time; each permit is released when its call settles. */
export async function burst(target: VendorTarget, prompts: readonly string[], permits: Semaphore, budgetMs: number): Promise<PromiseSettledResult<string>[]> {
  return Promise.allSettled(prompts.map(async (prompt) => {
    using _permit = await permits.acquire()
    return await callVendor(target, prompt, budgetMs)
  }))
}
