// The connect-timeout helper: undici's connectTimeout fires against it (TLS never completes).
import { afterEach, expect, it } from 'vitest'
import { fetch, Pool } from 'undici'
import { startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import type { Blackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'

let hole: Blackhole | undefined
let pool: Pool | undefined

afterEach(async () => {
  await pool?.destroy()
  await hole?.close()
  pool = hole = undefined
})

function codeOf(err: unknown): unknown {
  let cur: unknown = err
  while (cur instanceof Error) {
    if ('code' in cur)
      return cur.code
    cur = cur.cause
  }
  return undefined
}

it('accepts the TCP connection, never answers TLS: UND_ERR_CONNECT_TIMEOUT at connectTimeout', async () => {
  hole = await startBlackhole()
  expect(hole.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
  pool = new Pool(hole.url, { connections: 1, connect: { timeout: 200 } })
  const started = performance.now()
  const err = await fetch(`${hole.url}/v1/models`, { dispatcher: pool }).catch((e: unknown) => e)
  const elapsed = performance.now() - started
  expect(err).toBeInstanceOf(TypeError)
  expect(codeOf(err)).toBe('UND_ERR_CONNECT_TIMEOUT')
  // undici 8 runs connectTimeout on its coarse "fast timer" (ticks of ~500 ms): a 200 ms timeout
  // fires after about 1 s. Never earlier than asked, though.
  expect(elapsed).toBeGreaterThanOrEqual(190)
  expect(elapsed).toBeLessThan(2_000)
  expect(hole.stats.accepted).toBe(1)
  await expect.poll(() => hole?.stats.openSockets).toBe(0)
})

it('close() destroys connections it is still holding', async () => {
  hole = await startBlackhole()
  pool = new Pool(hole.url, { connections: 2, connect: { timeout: 5_000 } })
  const pending = fetch(`${hole.url}/`, { dispatcher: pool }).catch((e: unknown) => e)
  await expect.poll(() => hole?.stats.openSockets).toBe(1)
  await hole.close()
  expect(hole.stats.openSockets).toBe(0)
  expect(await pending).toBeInstanceOf(TypeError)
})
