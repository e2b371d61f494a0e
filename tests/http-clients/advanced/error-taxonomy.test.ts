import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Agent, fetch, request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { countingResolver, uncachedAgent } from '../../../snippets/http-clients/advanced/dns-cache.ts'
import { classify, logFailure } from '../../../snippets/http-clients/advanced/error-taxonomy.ts'
import { ensureOk } from '../../../snippets/http-clients/advanced/retry-app.ts'
import { QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import type { Blackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { llmRequest } from '../../../snippets/http-clients/timeouts/llm-request.ts'

const caught = async (work: () => Promise<unknown>) => {
  try { await work() }
  catch (err) { return err }
  throw new Error('expected a failure')
}
const kindOf = (err: unknown) => `${classify(err).category}/${classify(err).kind}`

describe('the kit taxonomy over the real errors Node produces', () => {
  let vendor: FakeLlmServer | undefined
  let blackhole: Blackhole | undefined
  const agents: Agent[] = []
  afterEach(async () => {
    await Promise.all(agents.splice(0).map(a => a.destroy()))
    await vendor?.close()
    await blackhole?.close()
    vendor = blackhole = undefined
  })
  const track = (a: Agent) => { agents.push(a); return a }
  const agent = (o: Agent.Options = {}) => track(new Agent({ allowH2: false, ...o }))
  const chat = (faults: Parameters<typeof llmRequest>[0] = {}) => ({ ...llmRequest(faults) })

  it('status, timeouts by phase, network by cause, abort and decode each land in their category', async () => {
    vendor = await serveFakeLlm({ seed: 5 })
    blackhole = await startBlackhole()
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const refusedPort = (closed.address() as AddressInfo).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    const url = `${vendor.url}/v1/chat/completions`
    const timed = agent({ connect: { timeout: 300 }, headersTimeout: 300, bodyTimeout: 300 })
    const results = await Promise.all([
      caught(async () => ensureOk(await fetch(url, { ...chat({ faults: { status: 503 } }), dispatcher: timed }))),
      caught(() => fetch(blackhole!.url, { dispatcher: timed })),
      caught(() => fetch(url, { ...chat({ faults: { latencyMs: 3000 } }), dispatcher: timed })),
      caught(async () => (await fetch(url, { ...chat({ faults: { bodyStallAfterBytes: 10 } }), dispatcher: timed })).text()),
      caught(() => fetch(`http://127.0.0.1:${refusedPort}/`, { dispatcher: timed })),
      caught(() => request('http://nowhere.invalid/', { dispatcher: track(uncachedAgent(countingResolver())) })),
      caught(() => fetch(url, { ...chat({ faults: { reset: 'before-headers' } }), dispatcher: timed })),
      caught(() => fetch(url, { ...chat({ faults: { latencyMs: 3000 } }), dispatcher: timed, signal: AbortSignal.timeout(100) })),
      caught(() => fetch(url, { ...chat({ faults: { latencyMs: 3000 } }), dispatcher: timed, signal: AbortSignal.abort() })),
      caught(async () => (await fetch(url, { ...chat({ stream: true }), dispatcher: timed })).json()),
      caught(() => Promise.reject(new QueueTimeoutError('no slot'))),
    ])
    expect(results.map(kindOf)).toEqual([
      'status/http-503', 'timeout/connect', 'timeout/headers', 'timeout/body', 'network/refused',
      'network/dns', 'network/reset', 'timeout/deadline', 'aborted/aborted', 'decode/decode', 'timeout/pool',
    ])
  }, 20_000)

  it('the log line carries category, kind, request id and attempt', () => {
    const lines: Array<Record<string, unknown>> = []
    const err = logFailure(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }),
      { requestId: 'req-7', attempt: 2 }, line => lines.push(line))
    expect(err.category).toBe('network')
    expect(lines).toEqual([{ msg: 'http_error', category: 'network', kind: 'refused', hint: 'service down', requestId: 'req-7', attempt: 2 }])
  })

  it('an unrecognised error is a generic request error, the original kept as cause', () => {
    const original = new RangeError('bug')
    const e = classify(original)
    expect([e.category, e.kind, e.cause]).toEqual(['network', 'unknown', original])
  })
})
