import { expect, it } from 'vitest'
import { countEvents, llmRequest } from '../../../snippets/http-clients/timeouts/llm-request.ts'

it('builds a chat request with the faults in x-fake-faults', () => {
  const r = llmRequest({ stream: true, faults: { latencyMs: 200 }, prompt: 'p' })
  expect(r.method).toBe('POST')
  expect(r.headers['x-fake-faults']).toBe('{"latencyMs":200}')
  expect(JSON.parse(r.body)).toEqual({ stream: true, messages: [{ role: 'user', content: 'p' }] })
  expect(llmRequest().headers).toEqual({ 'content-type': 'application/json' })
})

it('counts only complete server-sent events', () => {
  expect(countEvents('')).toBe(0)
  expect(countEvents('id: 0\ndata: a\n\nid: 1\ndata: b\n\nid: 2\nda')).toBe(2)
})
