import { Agent } from 'undici'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { COMPLETIONS, llmRequest } from '../../../snippets/http-clients/timeouts/llm-request.ts'
import { poolPhase, withPoolWait } from '../../../snippets/http-clients/timeouts/pool-wait.ts'
import { QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

describe('pool wait: the limiter (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('third call rejects with QueueTimeoutError at 100 ms while two slots are busy', async () => {
    vi.useFakeTimers()
    const pool = poolPhase(2, 100)
    const busy = Promise.withResolvers<void>()
    const hold = () => busy.promise
    const first = withPoolWait(pool, hold)
    const second = withPoolWait(pool, hold)
    let settled: unknown
    const third = withPoolWait(pool, async () => 'ran').catch((e: unknown) => (settled = e))
    await vi.advanceTimersByTimeAsync(99)
    expect(settled).toBeUndefined() // still queued
    await vi.advanceTimersByTimeAsync(1)
    await third
    expect(settled).toBeInstanceOf(QueueTimeoutError)
    expect(errorPhase(settled)).toBe('pool')
    expect(pool.stats()).toMatchObject({ waiting: 0, timeouts: 1 }) // it left the queue, counted
    busy.resolve()
    await Promise.all([first, second])
    await expect(withPoolWait(pool, async () => 'free again')).resolves.toBe('free again')
  })

  it('a slot freed before the deadline is handed over, and the queue clock does not cut the call', async () => {
    vi.useFakeTimers()
    const pool = poolPhase(1, 100)
    const held = Promise.withResolvers<void>()
    const holder = withPoolWait(pool, () => held.promise)
    const waiting = withPoolWait(pool, async () => {
      await new Promise(r => setTimeout(r, 500)) // the call runs far beyond the 100 ms queue budget
      return 'done'
    })
    await vi.advanceTimersByTimeAsync(50)
    held.resolve()
    await holder
    await vi.advanceTimersByTimeAsync(600)
    await expect(waiting).resolves.toBe('done')
  })

  it('the caller\'s abort also ends the wait, with the caller\'s reason', async () => {
    const pool = poolPhase(1, 1000)
    const held = Promise.withResolvers<void>()
    const holder = withPoolWait(pool, () => held.promise)
    const caller = new AbortController()
    const waiting = withPoolWait(pool, async () => 'ran', caller.signal)
    caller.abort(new Error('client went away'))
    await expect(waiting).rejects.toThrow('client went away')
    held.resolve()
    await holder
  })
})

describe('pool wait: through an undici agent', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.close()
    await server?.close()
    server = agent = undefined
  })

  it('the same QueueTimeoutError reaches the caller; the vendor never sees the third call', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 600 } })
    const a = agent = new Agent({ connections: 2, allowH2: false })
    const pool = poolPhase(2, 100) // = connections
    const url = `${server.url}${COMPLETIONS}`
    const call = () => withPoolWait(pool, signal => fetchText(a, url, { ...llmRequest(), signal }))
    const results = await Promise.allSettled([call(), call(), call()])
    expect(results.map(r => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
    const third = results[2]
    expect(third?.status === 'rejected' && third.reason).toBeInstanceOf(QueueTimeoutError)
    expect(server.stats.requests).toBe(2)
    expect(server.stats.maxInFlight).toBe(2)
  })
})
