import { Pool } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { llmQueue, PRIORITY, runOrder } from '../../../snippets/safe-api-calls/advanced-patterns/pQueuePriority.ts'
import { serveFakeLlm, type FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'

let server: FakeLlmServer | undefined
let pool: Pool | undefined
afterEach(async () => {
  await pool?.close()
  await server?.close()
  server = pool = undefined
})

describe('pQueuePriority: p-queue, inverted', () => {
  it('with concurrency 1, priority 10 runs before priority 0', async () => {
    expect(await runOrder([{ name: 'batch', priority: PRIORITY.batch }, { name: 'realtime', priority: PRIORITY.realtime }]))
      .toEqual(['realtime', 'batch'])
  })

  it('aborting a queued task rejects it with the reason and it never runs', async () => {
    const q = llmQueue(1)
    const { promise, resolve } = Promise.withResolvers<void>()
    const running = q.add(() => promise)
    const ac = new AbortController()
    let ran = false
    const queued = q.add(async () => { ran = true }, { signal: ac.signal })
    ac.abort(new Error('queue deadline'))
    await expect(queued).rejects.toThrow('queue deadline')
    resolve()
    await running
    await q.onIdle()
    expect(ran).toBe(false)
  })

  it('timeout: 100 rejects the caller, but a task that ignores its signal still completes at the vendor', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 300 } })
    pool = new Pool(server.url, { connections: 2, allowH2: false })
    const transport = undiciTransport(pool)
    const q = llmQueue(2)
    const started = performance.now()
    const never = new AbortController().signal // the task "forgets" to pass the queue's signal down
    const vendorDone = Promise.withResolvers<number>()
    const caller = q.add(async () => {
      const res = await transport(new Request(`${server!.url}/v1/chat/completions`, { method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}' }), never)
      await res.text()
      vendorDone.resolve(res.status)
    }, { timeout: 100 })
    await expect(caller).rejects.toMatchObject({ name: 'TimeoutError' })
    const rejectedAfter = performance.now() - started
    expect(rejectedAfter).toBeGreaterThanOrEqual(90)
    expect(rejectedAfter).toBeLessThan(280)
    expect(await vendorDone.promise).toBe(200) // the work went on regardless
    expect(server.stats.log[0]?.outcome).toBe('completed')
  })
})
