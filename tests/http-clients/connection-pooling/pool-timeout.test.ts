import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest, createAgent, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { createPoolLimiter, QueueTimeoutError } from '../../../snippets/http-clients/connection-pooling/pool-timeout.ts'

/** A task that holds its slot until released by hand. */
function holder() {
  const { promise, resolve } = Promise.withResolvers<string>()
  return { task: () => promise, release: () => resolve('held') }
}

describe('acquire timeout (fake timers)', () => {
  afterEach(() => { vi.useRealTimers() })

  it('with 2 slots held, a third acquire rejects with QueueTimeoutError at 100 ms, not before', async () => {
    vi.useFakeTimers()
    const limiter = createPoolLimiter(2, 100)
    const a = holder()
    const b = holder()
    const held = [limiter.run(a.task), limiter.run(b.task)]
    let settled = false
    const third = limiter.run(async () => 'third')
    third.catch(() => {}).finally(() => { settled = true })
    await vi.advanceTimersByTimeAsync(99)
    expect(settled).toBe(false)
    expect(limiter.stats().waiting).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(third).rejects.toBeInstanceOf(QueueTimeoutError)
    expect(limiter.stats()).toMatchObject({ waiting: 0, timeouts: 1 }) // it left the queue
    a.release()
    b.release()
    await expect(Promise.all(held)).resolves.toEqual(['held', 'held'])
  })

  it('if a slot frees at 50 ms, the third proceeds and nothing times out', async () => {
    vi.useFakeTimers()
    const limiter = createPoolLimiter(2, 100)
    const a = holder()
    const b = holder()
    const held = [limiter.run(a.task), limiter.run(b.task)]
    const third = limiter.run(async () => 'third')
    setTimeout(a.release, 50)
    await vi.advanceTimersByTimeAsync(50)
    await expect(third).resolves.toBe('third')
    await vi.advanceTimersByTimeAsync(200) // the deadline was disposed: no late rejection
    expect(limiter.stats()).toMatchObject({ timeouts: 0, waiting: 0 })
    expect(limiter.stats().lastWaitMs).toBe(50)
    b.release()
    await Promise.all(held)
  })

  it('a caller abort while queued rejects with the caller\'s reason and frees the place', async () => {
    const limiter = createPoolLimiter(1, 10_000)
    const a = holder()
    const held = limiter.run(a.task)
    const caller = new AbortController()
    const queued = limiter.run(async () => 'never', caller.signal)
    caller.abort(new Error('client went away'))
    await expect(queued).rejects.toThrow('client went away')
    expect(limiter.stats()).toMatchObject({ waiting: 0, timeouts: 0 })
    a.release()
    await held
  })
})

describe('integrated with an agent (real sockets)', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('with both slots on slow calls, the third request call rejects with QueueTimeoutError and never reaches the vendor', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 1_500 } })
    const a = agent = createAgent({ connections: 2, allowH2: false })
    const limiter = createPoolLimiter(2, 100) // at or below connections
    const call = () => limiter.run(() => fetchText(a, `${s.url}/v1/chat/completions`, chatRequest('q')))
    const slow = [call(), call()]
    const third = call()
    await expect(third).rejects.toBeInstanceOf(QueueTimeoutError)
    expect(limiter.stats().timeouts).toBe(1)
    await expect(Promise.all(slow)).resolves.toHaveLength(2)
    expect(s.stats.requests).toBe(2) // the timed-out call was never sent
  })
})
