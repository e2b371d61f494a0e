import { afterEach, describe, expect, it } from 'vitest'
import { createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import type { FakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import { mapLimited } from './map-limited.ts'

describe('mapLimited against the fake LLM vendor', () => {
  let fake: FakeLlm
  afterEach(() => { fake.stopAll() })

  /** One chat call; `latencyMs` per prompt through the fake's fault header. */
  const ask = (latencyMs: number) => async (prompt: string, signal: AbortSignal) => {
    const res = await fake.app.request('/v1/chat/completions', {
      method: 'POST', signal,
      headers: { 'x-fake-faults': JSON.stringify({ latencyMs }) },
      body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
    })
    return `${prompt}:${res.status}`
  }

  it('never exceeds `limit` calls in flight and returns one outcome per item, in input order', async () => {
    fake = createFakeLlm()
    const prompts = Array.from({ length: 30 }, (_, i) => `p${i}`)
    const outcomes = await mapLimited(prompts, 5, ask(15), { timeoutMs: 5_000 })
    expect(fake.stats.maxInFlight, 'more than 5 calls ran at once: add a limiter').toBe(5)
    expect(outcomes).toEqual(prompts.map(p => ({ ok: true, value: `${p}:200` })))
  })

  it('a slow item is reported as a timeout while the others succeed', async () => {
    fake = createFakeLlm()
    const fn = (prompt: string, signal: AbortSignal) => ask(prompt === 'slow' ? 2_000 : 10)(prompt, signal)
    const outcomes = await mapLimited(['a', 'slow', 'b'], 2, fn, { timeoutMs: 300 })
    expect(outcomes[0]).toEqual({ ok: true, value: 'a:200' })
    expect(outcomes[2]).toEqual({ ok: true, value: 'b:200' })
    expect(outcomes[1]?.ok, 'the slow call (2 s) was not aborted at timeoutMs (300 ms)').toBe(false)
    expect(outcomes[1]?.ok === false && outcomes[1].error.name).toBe('TimeoutError')
  }, 10_000)

  it('a throwing item becomes an error outcome; it never rejects the whole call', async () => {
    fake = createFakeLlm()
    const fn = async (n: number) => {
      if (n === 2) throw new Error('boom')
      return n * 10
    }
    await expect(mapLimited([1, 2, 3], 2, fn, { timeoutMs: 1_000 })).resolves.toEqual([
      { ok: true, value: 10 }, { ok: false, error: new Error('boom') }, { ok: true, value: 30 },
    ])
  })
})
