import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { chatRoutes, complete } from '../../../snippets/web-api/error-responses/upstream-mapping.ts'
import type { LlmDeps } from '../../../snippets/web-api/error-responses/upstream-mapping.ts'
import { expectProblem } from './problem-assertions.ts'
import { lagMonitor } from '../../support/timing.ts'

function deps(plan: FaultPlan, overrides: Partial<LlmDeps> = {}): LlmDeps {
  const fake = createFakeLlm({ plan })
  return { fetch: async (url, init) => fake.app.request(url, init), baseUrl: 'http://llm.test', deadlineMs: 100, overloaded: () => false, ...overrides }
}
const chat = (d: LlmDeps) => useProblemDetails(chatRoutes(d)).request('/chat', { method: 'POST' })

describe('upstream failures mapped to 502/503/504/429', () => {
  it('a healthy vendor answers through', async () => {
    expect(await complete('hello', deps({}))).toMatch(/\w+/)
  })

  it('fake LLM answering 500 -> our 502 EXTERNAL_SERVICE_ERROR naming the service', async () => {
    const { raw, text } = await expectProblem(await chat(deps({ status: 500 })), 502, 'EXTERNAL_SERVICE_ERROR')
    expect(raw).toMatchObject({ service: 'llm', detail: 'The model answered 500' })
    expect(text).not.toContain('fake')
  })

  it('fake LLM latency 2 s with a 100 ms deadline -> 504 after about 100 ms', async () => {
    using lag = lagMonitor()
    const started = performance.now()
    const res = await chat(deps({ latencyMs: 2000 }))
    const elapsed = performance.now() - started
    await expectProblem(res, 504, 'UPSTREAM_TIMEOUT')
    expect(elapsed).toBeGreaterThanOrEqual(90)
    expect(elapsed).toBeLessThan(100 + await lag.slack())
  })

  it('an unreachable vendor -> 502', async () => {
    const refused = deps({}, { fetch: async () => { throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }) } })
    const { body } = await expectProblem(await chat(refused), 502, 'EXTERNAL_SERVICE_ERROR')
    expect(body.detail).toBe('The model is unreachable')
  })

  it('draining / overloaded -> 503 with Retry-After', async () => {
    const res = await chat(deps({}, { overloaded: () => true }))
    expect(res.headers.get('retry-after')).toBe('5')
    await expectProblem(res, 503, 'SERVICE_UNAVAILABLE')
  })

  it('vendor 429 -> our 429 passing its Retry-After on', async () => {
    const res = await chat(deps({ status: 429, retryAfter: 7 }))
    expect(res.headers.get('retry-after')).toBe('7')
    await expectProblem(res, 429, 'RATE_LIMITED')
  })

  it('the demo shows 502, 504 and 503', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/upstream-mapping.demo.ts'))
    expect(lines).toEqual([
      '502 EXTERNAL_SERVICE_ERROR: The model answered 500',
      '504 UPSTREAM_TIMEOUT: The model did not answer in time',
      '503 SERVICE_UNAVAILABLE (Retry-After: 5): Overloaded, retry shortly',
    ])
  })
})
