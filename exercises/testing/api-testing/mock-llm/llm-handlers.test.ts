// The provided test: the /summarise route against your fake vendor. No request may escape.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { createSummariseApp } from '../../../../snippets/testing/api-testing/summarise-app.ts'
import { handlers, llm } from './llm-handlers.ts'

const server = setupServer(...handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => { server.resetHandlers(); llm.reset() })
afterAll(() => server.close())

const app = createSummariseApp({ timeoutMs: 100 })
const summarise = () => app.request('/summarise', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'A long text.' }),
})

test('success -> 200 with the vendor\'s summary', async () => {
  llm.mode = { kind: 'success', summary: 'Short.' }
  const res = await summarise()
  expect([res.status, await res.json()]).toEqual([200, { summary: 'Short.' }])
  expect(llm.calls).toBe(1)
})

test('429 -> 503 with the vendor\'s Retry-After', async () => {
  llm.mode = { kind: 'rate-limited', retryAfterSeconds: 7 }
  const res = await summarise()
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toBe('7')
})

test('network error -> 502', async () => {
  llm.mode = { kind: 'network-error' }
  expect((await summarise()).status).toBe(502)
  expect(llm.calls).toBe(1) // your handler answered, not msw's unhandled-request error
})

test('slow vendor -> 504 after our deadline', async () => {
  llm.mode = { kind: 'slow' }
  expect((await summarise()).status).toBe(504)
  expect(llm.calls).toBe(1)
})

test('reset() restores success and a zero count after each test', async () => {
  llm.mode = { kind: 'network-error' }
  llm.calls = 5
  llm.reset()
  expect(llm).toMatchObject({ mode: { kind: 'success' }, calls: 0 })
  expect((await summarise()).status).toBe(200)
})
