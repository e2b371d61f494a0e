import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { close, getJson } from './shared-client.ts'

/** Polls until the server observes what the client did (a close arrives a moment later). */
async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
  return check()
}

// The tests share the module's client, so they run in order: reuse, limit, then shutdown.
let vendor: FakeLlmServer
beforeAll(async () => {
  vendor = await serveFakeLlm()
})
beforeEach(() => vendor.fake.reset()) // fresh counters; sockets already open stay open
afterAll(async () => {
  await close()
  await vendor.close()
})

it('30 sequential calls use 1 server-side connection', async () => {
  for (let i = 0; i < 30; i++) {
    await expect(getJson(`${vendor.url}/v1/models`)).resolves.toMatchObject({ object: 'list' })
    await nextTurn() // each call is its own job, like separate incoming requests
  }
  expect(vendor.stats.requests).toBe(30)
  expect(vendor.stats.socketsOpened).toBe(1)
  expect(vendor.stats.maxOpenSockets).toBe(1)
})

it('30 concurrent calls never have more than 10 in flight', async () => {
  vendor.fake.setPlan({ latencyMs: 200 })
  const results = await Promise.all(Array.from({ length: 30 }, () => getJson(`${vendor.url}/v1/models`)))
  expect(results).toHaveLength(30)
  expect(vendor.stats.maxInFlight).toBeLessThanOrEqual(10)
  expect(vendor.stats.maxOpenSockets).toBeLessThanOrEqual(10)
  vendor.fake.setPlan({})
})

it('after close() the server sees every socket closed and further calls reject', async () => {
  await getJson(`${vendor.url}/v1/models`)
  expect(vendor.stats.openSockets).toBeGreaterThan(0)
  await close()
  expect(await until(() => vendor.stats.openSockets === 0)).toBe(true)
  await expect(getJson(`${vendor.url}/v1/models`)).rejects.toThrow()
  expect(vendor.stats.requests).toBe(1) // the late call never reached the vendor
})
