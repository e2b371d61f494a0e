import { afterEach, describe, expect, it } from 'vitest'
import { normalise } from '../../../snippets/http-clients/choosing-a-client/error-models.ts'
import {
  axiosChat, fetchChat, gotModels, undiciModels,
} from '../../../snippets/http-clients/choosing-a-client/migration.ts'
import type { ChatClient, ModelsClient } from '../../../snippets/http-clients/choosing-a-client/migration.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { failure } from '../../support/timing.ts'

const TIMEOUT_MS = 400
const outcome = async (work: () => Promise<unknown>) => {
  try { return `ok ${JSON.stringify(await work())}` }
  catch (err) { const e = normalise(err); return `${e.category}/${e.kind}` }
}
const abortSoon = () => AbortSignal.any([AbortSignal.abort(new DOMException('caller left', 'AbortError'))])

describe('migrations preserve behaviour', () => {
  let vendor: FakeLlmServer | undefined
  const clients: Array<ChatClient | ModelsClient> = []
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
    await vendor?.close()
    vendor = undefined
  })

  async function pair() {
    vendor = await serveFakeLlm()
    const before = axiosChat(vendor.url, 'sk-test', TIMEOUT_MS)
    const after = fetchChat(vendor.url, 'sk-test', TIMEOUT_MS)
    clients.push(before, after)
    const faulted = (faults: object) => ({ 'x-fake-faults': JSON.stringify(faults) })
    return { before, after, faulted, vendor }
  }

  it('axios -> fetch: same answer on success', async () => {
    const { before, after } = await pair()
    const [a, b] = [await before.chat('hello'), await after.chat('hello')]
    expect(a).toBe(b)
    expect(a.length).toBeGreaterThan(0)
  })

  it('axios -> fetch: a 500 is still an error carrying the status; a stalled body still a timeout', async () => {
    const { vendor } = await pair()
    vendor.fake.setPlan({ status: 500 })
    const clientsOf = (): ChatClient[] => [axiosChat(vendor.url, 'k', TIMEOUT_MS), fetchChat(vendor.url, 'k', TIMEOUT_MS)]
    const [a, b] = clientsOf()
    clients.push(a!, b!)
    expect([await outcome(() => a!.chat('x')), await outcome(() => b!.chat('x'))]).toEqual(['status/http-500', 'status/http-500'])
    vendor.fake.setPlan({ bodyStallAfterBytes: 10 })
    const stalled = [await failure(() => a!.chat('x')), await failure(() => b!.chat('x'))]
    expect(stalled.map(s => `${normalise(s.err).category}/${normalise(s.err).kind}`)).toEqual(['timeout/body', 'timeout/body'])
    for (const s of stalled) expect(s.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5)
  })

  it('axios -> fetch: a caller abort is honoured by both', async () => {
    const { before, after } = await pair()
    expect([await outcome(() => before.chat('x', abortSoon())), await outcome(() => after.chat('x', abortSoon()))])
      .toEqual(['aborted/aborted', 'aborted/aborted'])
  })

  it('got -> undici: same list, same retries on 500 (three attempts each), same status error', async () => {
    vendor = await serveFakeLlm()
    const before = gotModels(vendor.url, TIMEOUT_MS)
    const after = undiciModels(vendor.url, TIMEOUT_MS)
    clients.push(before, after)
    expect(await before.list()).toEqual(await after.list())
    expect(vendor.stats.log.map(r => r.client)).toEqual(['svc-a', 'svc-a']) // the hook, re-created
    vendor.fake.reset()
    vendor.fake.setPlan({ status: 500 })
    expect(await outcome(() => before.list())).toBe('status/http-500')
    expect(vendor.stats.requests).toBe(3)
    expect(await outcome(() => after.list())).toBe('status/http-500')
    expect(vendor.stats.requests).toBe(6)
  })

  it('got -> undici: a stalled response is a timeout in both; an abort is an abort in both', async () => {
    vendor = await serveFakeLlm({ plan: { latencyMs: 5000 } }) // /v1/models: no byte for 5 s
    const before = gotModels(vendor.url, TIMEOUT_MS)
    const after = undiciModels(vendor.url, TIMEOUT_MS)
    clients.push(before, after)
    expect(await outcome(() => before.list())).toBe('timeout/headers')
    expect(vendor.stats.requests).toBe(3) // got also retries its own timeouts (ETIMEDOUT)...
    expect(await outcome(() => after.list())).toBe('timeout/headers')
    expect(vendor.stats.requests).toBe(4) // ...undici's retry interceptor does not: decide deliberately
    expect([await outcome(() => before.list(abortSoon())), await outcome(() => after.list(abortSoon()))])
      .toEqual(['aborted/aborted', 'aborted/aborted'])
  })
})
