import { describe, expect, it } from 'vitest'
import { noReturnApp } from '../../../snippets/web-api/http-and-parameters/no-return.ts'
import { captureConsole } from '../../support/capture-console.ts'

// Pins a surprising behaviour so the slide stays honest: the async handler without `return`
// type-checks and answers 404. (The synchronous variant does not compile: no-return.type-check.ts.)
describe('forgetting return', () => {
  it('the buggy async handler yields Hono\'s 404 "404 Not Found"', async () => {
    const res = await noReturnApp.request('/buggy/1')
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('404 Not Found')
  })

  it('the fixed handler yields 200 with the product', async () => {
    const res = await noReturnApp.request('/fixed/1')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: 1, name: 'Desk lamp' })
  })

  it('no-return.demo prints the 404 then the 200', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/no-return.demo.ts'))
    expect(lines).toEqual([
      '→ GET /buggy/1', '← 404 text/plain', '  404 Not Found',
      '→ GET /fixed/1', '← 200 application/json', '  {"id":1,"name":"Desk lamp"}',
    ])
  })
})
