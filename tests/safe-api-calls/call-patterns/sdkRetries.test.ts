import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Pool } from 'undici'
import { callLlm, scaledDeps } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { FinalFailure } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { requestApiTransport, retryingDispatcher, SDK_OPTIONS, singleAttempt } from '../../../snippets/safe-api-calls/call-patterns/sdkRetries.ts'
import { createVendorPool, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { captureConsole } from '../../support/capture-console.ts'

const messages = [{ role: 'user' as const, content: 'hi' }]
const never = new AbortController().signal
let server: FakeLlmServer
let pool: Pool

beforeEach(async () => {
  server = await serveFakeLlm({ plan: { status: 503 } }) // persistent 503
  pool = createVendorPool({ ...productionTransport(server.url), connections: 2 })
})
afterEach(async () => {
  await pool.close()
  await server.close()
})

describe('sdkRetries: one retry layer, or the calls multiply', () => {
  it('our 3 attempts over a dispatcher that retries POST twice: 9 vendor requests', async () => {
    const err = await callLlm({ messages }, scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url, { callMs: 5_000 }), never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FinalFailure)
    expect((err as FinalFailure).attempts).toBe(3) // our loop saw 3 failures...
    expect(server.stats.requests).toBe(9) // ...the vendor saw 9
  })

  it('the same loop over the plain pool: 3 vendor requests', async () => {
    await callLlm({ messages }, scaledDeps(requestApiTransport(pool), server.url, { callMs: 5_000 }), never).catch(() => {})
    expect(server.stats.requests).toBe(3)
  })

  it('our loop reduced to 1 attempt over the retrying dispatcher: 3 vendor requests', async () => {
    const err = await callLlm({ messages }, singleAttempt(scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url, { callMs: 5_000 })), never).catch((e: unknown) => e)
    expect((err as FinalFailure).attempts).toBe(1)
    expect(server.stats.requests).toBe(3)
  })

  it('SDK retries are switched off explicitly', () => {
    expect(SDK_OPTIONS.maxRetries).toBe(0)
  })
})

it('the demo prints 9, 3 and 3', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/sdkRetries.demo.ts'))
  expect(lines).toEqual([
    '3 attempts over a retrying dispatcher: 9 vendor requests',
    '3 attempts over the plain pool: 3 vendor requests',
    '1 attempt over a retrying dispatcher: 3 vendor requests',
  ])
})
