// Exercise: cap the fan-out. See README.md.
import { fetch } from 'undici'
import type { Pool } from 'undici'
import { Semaphore } from '../../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createVendorPool, productionTransport } from '../../../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'

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
  return {
    pool: createVendorPool({ ...productionTransport(vendorUrl), connections: 8 }),
    permits: new Semaphore(8), // never above the pool's connections
  }
}

/** One prompt to the vendor. */
export async function askVendor(deps: Deps, vendorUrl: string, prompt: string): Promise<string> {
  using _permit = await deps.permits.acquire() // released on every exit path
  const res = await fetch(`${vendorUrl}/v1/chat/completions`, { ...chat(prompt), dispatcher: deps.pool })
  return await res.text() // read the body while holding the permit: the socket is busy until then
}

/** Every prompt at once; the answers in prompt order. */
export async function askAll(vendorUrl: string, prompts: readonly string[], makeDeps = createDeps): Promise<string[]> {
  const deps = makeDeps(vendorUrl) // once, not per prompt
  try {
    return await Promise.all(prompts.map(prompt => askVendor(deps, vendorUrl, prompt)))
  }
  finally {
    await deps.pool.close()
  }
}
