import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { classify } from '../../../../snippets/http-clients/advanced/error-taxonomy.ts'
import { HttpStatusError } from '../../../../snippets/http-clients/advanced/retry-app.ts'
import { COMPLETIONS, countEvents, llmRequest } from '../../../../snippets/http-clients/timeouts/llm-request.ts'
import { createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import type { FakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import { createCompletionClient } from './migrate.ts'
import type { CompletionClient } from './migrate.ts'

describe('the migrated completion client keeps every axios behaviour', () => {
  let fake: FakeLlm
  let server: Server
  let url = ''
  const keys: string[] = [] // the authorization header of every request
  const clients: CompletionClient[] = []
  beforeEach(async () => {
    fake = createFakeLlm()
    keys.length = 0
    server = createServer(getRequestListener((req) => {
      keys.push(req.headers.get('authorization') ?? '(none)')
      return fake.app.fetch(req)
    }, { overrideGlobalObjects: false }))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
    fake.stopAll()
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  })
  const client = (timeoutMs?: number) => {
    const c = createCompletionClient(url, 'sk-test', timeoutMs)
    clients.push(c)
    return c
  }
  const failure = async (work: Promise<unknown>) => work.then(() => { throw new Error('expected a failure') }, (err: unknown) => err)

  it('returns the completion text and sends the API key on every call', async () => {
    const c = client()
    const direct = await fake.app.request(COMPLETIONS, llmRequest({ prompt: 'hello' })) // in-process
    const expected = (await direct.json() as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content
    expect(await c.getCompletion('hello')).toBe(expected)
    await c.getCompletion('again')
    expect(keys).toEqual(['Bearer sk-test', 'Bearer sk-test'])
  })

  it('a 503 still rejects, now as HttpStatusError carrying the status', async () => {
    fake.setPlan({ status: 503 })
    const err = await failure(client().getCompletion('hello'))
    expect(err).toBeInstanceOf(HttpStatusError)
    expect(err).toMatchObject({ status: 503 })
  })

  it('a slow first token is a headers timeout (not a generic one)', async () => {
    fake.setPlan({ latencyMs: 5000 })
    const err = await failure(client(300).getCompletion('hello'))
    expect(classify(err)).toMatchObject({ category: 'timeout', kind: 'headers' })
  })

  it('a long but steady stream is not cut (a chunk every 100 ms for 1.2 s, timer 500 ms)', async () => {
    fake.setPlan({ chunks: 12, gapMs: 100 })
    expect(countEvents(await client(500).streamCompletion('hello'))).toBe(13)
  })

  it('a caller abort is honoured and classified as aborted', async () => {
    fake.setPlan({ latencyMs: 5000 })
    const ac = new AbortController()
    const call = failure(client().getCompletion('hello', ac.signal))
    setTimeout(() => ac.abort(), 50)
    expect(classify(await call).category).toBe('aborted')
  })
})
