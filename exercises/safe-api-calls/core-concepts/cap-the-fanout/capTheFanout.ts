// Exercise: cap the fan-out. See README.md.
import type { Pool } from 'undici'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createVendorPool, productionTransport } from '../../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'

export interface Deps {
  pool: Pool
  permits: Semaphore
}

const chat = (prompt: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})

/** The process-wide dependencies. */
export function createDeps(vendorUrl: string): Deps {
  // TODO: ONE Pool with 8 connections and ONE Semaphore(8): the same cap for both
  return {
    pool: createVendorPool({ ...productionTransport(vendorUrl), connections: 100 }),
    permits: new Semaphore(100),
  }
}

/** One prompt to the vendor. */
export async function askVendor(deps: Deps, vendorUrl: string, prompt: string): Promise<string> {
  // TODO: hold a permit from deps.permits for the whole call, and send it through deps.pool
  //       (undici's fetch with `dispatcher`), not through the global fetch
  const res = await globalThis.fetch(`${vendorUrl}/v1/chat/completions`, chat(prompt))
  return await res.text()
}

/** Every prompt at once; the answers in prompt order. */
export async function askAll(vendorUrl: string, prompts: readonly string[], makeDeps = createDeps): Promise<string[]> {
  // TODO: create the deps ONCE (before the loop) and close the pool when every answer is in
  return Promise.all(prompts.map((prompt) => {
    const deps = makeDeps(vendorUrl)
    return askVendor(deps, vendorUrl, prompt)
  }))
}
