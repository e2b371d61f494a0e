// Exercise: budget the attempts. See README.md.
import { Hono } from 'hono'
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { deadline } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { CallTimeoutError, DeadlineExceededError } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

export interface BudgetDeps {
  vendorUrl: string
  pool: Dispatcher
  slaMs: number // the whole request
  callMs: number // one attempt
}

/** The budget of the next attempt. */
export function attemptBudget(slaRemainingMs: number, callTimeoutMs: number): number {
  return Math.min(callTimeoutMs, slaRemainingMs)
}

async function ask(deps: BudgetDeps, signal: AbortSignal): Promise<string> {
  const res = await fetch(`${deps.vendorUrl}/v1/chat/completions`, {
    method: 'POST', dispatcher: deps.pool, signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
  })
  return await res.text()
}

export function createBudgetedApp(deps: BudgetDeps): Hono {
  return new Hono().post('/chat', async (c) => {
    using sla = deadline(deps.slaMs, () => new DeadlineExceededError())
    for (let attempt = 0; attempt < 2; attempt++) {
      const ms = attemptBudget(sla.remaining(), deps.callMs) // right before THIS attempt
      using call = deadline(ms, () => ms < deps.callMs ? new DeadlineExceededError() : new CallTimeoutError(), sla.signal)
      try {
        return c.json({ answer: await ask(deps, call.signal) })
      }
      catch (err) {
        if (err instanceof DeadlineExceededError)
          return c.json({ error: 'deadline exceeded' }, 504)
        if (!(err instanceof CallTimeoutError) || attempt > 0)
          throw err
      }
    }
    return c.json({ error: 'deadline exceeded' }, 504)
  })
}

export { DeadlineExceededError }
