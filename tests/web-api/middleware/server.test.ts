// The stack on a real socket, calling the fake LLM over loopback through ONE shared pool.
import { afterEach, describe, expect, it } from 'vitest'
import { serveFakeLlm, type FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { createContextLogger } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { start } from '../../../snippets/web-api/middleware/server.ts'
import { createLlmClient, type LlmClient } from '../../../snippets/web-api/middleware/stack.ts'

let fake: FakeLlmServer | undefined
let running: Listening | undefined
afterEach(async () => {
  await running?.close()
  await fake?.close()
  running = undefined
  fake = undefined
})

const quietLog = createContextLogger({ write: () => {} })

describe('server.ts: shared client created once, closed on shutdown', () => {
  it('creates the HTTP client once across 100 requests, forwards the request id, closes it on SIGTERM', async () => {
    fake = await serveFakeLlm()
    let created = 0
    let closed = 0
    const createLlm = (origin: string): LlmClient => {
      created += 1
      const client = createLlmClient(origin)
      return { complete: client.complete, close: async () => { closed += 1; await client.close() } }
    }
    const before = process.listenerCount('SIGTERM')
    running = await start({ PORT: '0', LLM_URL: fake.url, ALLOWED_HOSTS: '127.0.0.1' }, { log: quietLog, createLlm })
    const { url } = running
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => fetch(`${url}/chat`, {
      method: 'POST', body: JSON.stringify({ prompt: `hi ${i}` }),
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': `req-${i}` },
    })))
    expect(responses.map(r => r.status)).toEqual(Array.from({ length: 100 }, () => 200))
    for (const r of responses)
      expect(typeof (await r.json() as { answer: unknown }).answer).toBe('string')
    expect(created).toBe(1)
    expect(fake.stats.requests).toBe(100)
    const forwarded = fake.stats.log.map(entry => entry.requestId).toSorted()
    expect(forwarded).toEqual(Array.from({ length: 100 }, (_, i) => `req-${i}`).toSorted())

    process.emit('SIGTERM')
    await expect.poll(() => closed).toBe(1)
    await expect.poll(async () => fetch(`${url}/health`).then(() => 'up', () => 'down')).toBe('down')
    expect(process.listenerCount('SIGTERM')).toBe(before)
    running = undefined
  })

  it('a bad setting stops the boot before anything is created', async () => {
    let created = 0
    await expect(start({ LLM_URL: 'not a url' }, { log: quietLog, createLlm: () => { created += 1; throw new Error('unreachable') } }))
      .rejects.toThrow()
    expect(created).toBe(0)
  })
})
