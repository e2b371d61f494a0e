import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import { ensureOk, fetchWithRetry, HttpStatusError } from '../../../snippets/http-clients/advanced/retry-app.ts'

const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })
function setup(statuses: number[]) {
  const fake = createFakeLlm({ seed: 3 })
  const { headers } = fake.scenario('s', { statuses })
  const calls = vi.fn(async (url: string, init?: RequestInit) => await fake.app.request(url, init))
  const init = { method: 'POST', headers, body }
  return { fake, calls, init }
}
const noSleep = async () => {}

describe('fetchWithRetry over the in-process fake LLM', () => {
  afterEach(() => vi.useRealTimers())

  it('503, 503, 200 -> success after 3 calls', async () => {
    const { calls, init } = setup([503, 503, 200])
    const res = await fetchWithRetry(calls, '/v1/chat/completions', init, { sleep: noSleep })
    expect(res.status).toBe(200)
    expect(calls).toHaveBeenCalledTimes(3)
  })

  it('404 -> one call and HttpStatusError 404', async () => {
    const { calls, init } = setup([404])
    const err = await fetchWithRetry(calls, '/v1/chat/completions', init, { sleep: noSleep }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(HttpStatusError)
    expect((err as HttpStatusError).status).toBe(404)
    expect(calls).toHaveBeenCalledTimes(1)
  })

  it('three 500s -> exactly 3 calls, then an error caused by the last HttpStatusError', async () => {
    const { calls, init } = setup([500, 500, 500, 200])
    const err = await fetchWithRetry(calls, '/v1/chat/completions', init, { sleep: noSleep }).catch((e: unknown) => e)
    expect(calls).toHaveBeenCalledTimes(3)
    expect((err as Error).message).toBe('gave up after 3 attempts')
    expect((err as Error).cause).toBeInstanceOf(HttpStatusError)
    expect(((err as Error).cause as HttpStatusError).status).toBe(500)
  })

  it('waits the backoff schedule (100, 200 ms) between attempts under fake timers', async () => {
    vi.useFakeTimers()
    const { calls, init } = setup([503, 503, 200])
    const done = fetchWithRetry(calls, '/v1/chat/completions', init)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(99)
    expect(calls).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(199)
    expect(calls).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect((await done).status).toBe(200)
    expect(calls).toHaveBeenCalledTimes(3)
  })

  it('ensureOk keeps a short body excerpt and passes 2xx through', async () => {
    const bad = new Response('x'.repeat(1000), { status: 502 })
    const err = await ensureOk(bad, '/u').catch((e: unknown) => e) as HttpStatusError
    expect(err.message).toBe('HTTP 502 from /u')
    expect(err.bodyExcerpt).toHaveLength(200)
    const good = new Response('ok')
    expect(await ensureOk(good, '/u')).toBe(good)
  })
})
