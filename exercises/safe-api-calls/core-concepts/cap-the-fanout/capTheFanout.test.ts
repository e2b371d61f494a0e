import { afterEach, expect, it, vi } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { askAll, createDeps } from './capTheFanout.ts'

/** Polls until `check` holds (the server notices a close a moment later), at most `ms`. */
async function until(check: () => boolean, ms = 1000): Promise<void> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
}

let vendor: FakeLlmServer | undefined
afterEach(async () => {
  await vendor?.close()
  vendor = undefined
})

it('100 prompts: all answered, the vendor never sees more than 8, the deps are built once', async () => {
  vendor = await serveFakeLlm({ plan: { latencyMs: 50 } })
  const factory = vi.fn(createDeps)
  const prompts = Array.from({ length: 100 }, (_, i) => `prompt ${i}`)
  const answers = await askAll(vendor.url, prompts, factory)
  expect(answers).toHaveLength(100)
  expect(answers.every(a => a.includes('chat.completion'))).toBe(true)
  expect(factory).toHaveBeenCalledTimes(1)
  expect(vendor.stats.maxInFlight).toBeLessThanOrEqual(8)
  expect(vendor.stats.maxOpenSockets).toBeLessThanOrEqual(8)
  await until(() => vendor!.stats.openSockets === 0)
  expect(vendor.stats.openSockets).toBe(0) // the pool was closed
}, 15_000)
