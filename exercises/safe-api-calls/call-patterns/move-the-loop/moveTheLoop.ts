// Exercise: move the retry loop OUTSIDE the permit. See README.md.
import { abortableSleep } from '../../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import type { Transport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { QueueTimeoutError, UpstreamHttpError } from '../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { deadline } from '../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import type { Permit, Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'

export interface LoopDeps {
  transport: Transport
  url: string
  permits: Semaphore
  queueMs: number // the wait for a permit, per attempt
  backoffMs: number // fixed, to keep the exercise about WHERE the sleep happens
  maxAttempts: number
  onBackoff?: () => void // called right before every backoff sleep (the test probes the permits here)
}

/** The queue phase, already correct: waits for a permit under its own deadline. */
export async function queuePhase(deps: LoopDeps, signal: AbortSignal): Promise<Permit> {
  using queue = deadline(deps.queueMs, () => new QueueTimeoutError(), signal)
  return await deps.permits.acquire(queue.signal)
}

/** One vendor call. Throws UpstreamHttpError on a non-2xx answer. */
export async function attemptOnce(prompt: string, requestId: string, deps: LoopDeps, signal: AbortSignal): Promise<string> {
  const body = JSON.stringify({ messages: [{ role: 'user', content: prompt }] })
  const res = await deps.transport(new Request(deps.url, { method: 'POST', body, headers: { 'x-request-id': requestId } }), signal)
  if (!res.ok) {
    await res.body?.cancel()
    throw new UpstreamHttpError(res.status)
  }
  const json = await res.json() as { choices: { message: { content: string } }[] }
  return json.choices[0]?.message.content ?? ''
}

const retryable = (err: unknown, attempt: number, deps: LoopDeps) =>
  err instanceof UpstreamHttpError && err.status >= 500 && attempt + 1 < deps.maxAttempts

export async function callWithRetries(prompt: string, requestId: string, deps: LoopDeps, signal: AbortSignal): Promise<string> {
  // TODO: this takes ONE permit for the whole loop, so every backoff sleep holds capacity that
  // nobody uses. Make each attempt take its own permit (queuePhase) and give it back before the
  // sleep. Keep the retry decision and the sleep exactly as they are.
  using _permit = await queuePhase(deps, signal)
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(prompt, requestId, deps, signal)
    }
    catch (err) {
      if (!retryable(err, attempt, deps))
        throw err
      deps.onBackoff?.()
      await abortableSleep(deps.backoffMs, signal)
    }
  }
}
