import { Agent } from 'undici'
import { afterEach } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { WHEEL_MS } from '../../support/timing.ts'

// Timing for real-socket timeout tests on a loaded 2-core machine. undici 8 runs its connect,
// headers and body timers on a coarse wheel (ticks of ~500 ms): a timer set to 300 ms fires
// between 300 ms and about 1 s later. Lower bounds are firm (a timer never fires early); upper
// bounds are generous (a wheel tick plus a busy machine), never a tight window.
export const LOADED_MACHINE_MS = 1500

/** The latest a timer set to `ms` may fire: its delay, one wheel tick, and room for load. */
export const latest = (ms: number) => ms + WHEEL_MS + LOADED_MACHINE_MS


/**
 * A fake LLM vendor and an undici agent with these header and body timers, both closed after
 * each test. Call it in a describe block; each test calls the returned setup once.
 */
export function vendorAndAgent(timers: { headersTimeout: number, bodyTimeout: number }) {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })
  return async () => {
    server = await serveFakeLlm()
    agent = new Agent({ allowH2: false, connect: { timeout: 1000 }, ...timers })
    return { url: server.url, agent, server }
  }
}
