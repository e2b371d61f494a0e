// The same app on a real socket (@hono/node-server on 127.0.0.1, a free port) answers a real
// HTTP client exactly as app.request() does in-process: status, headers that matter, body.
import { Agent, request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { createProductsApp } from '../../../snippets/web-api/http-and-parameters/products-app.ts'
import { badCases, type Case, goodCases } from './products-cases.ts'

const RELEVANT_HEADERS = ['content-type', 'location', 'www-authenticate', 'retry-after']

let server: Listening
const agent = new Agent({ allowH2: false, connections: 4 })

beforeAll(async () => {
  server = await listen(createProductsApp())
})
afterAll(async () => {
  await agent.close()
  await server.close()
})

const summary = (res: Response, text: string) => ({
  status: res.status,
  headers: Object.fromEntries(RELEVANT_HEADERS.map(name => [name, res.headers.get(name)])),
  body: text,
})

// Node's fetch is undici; it applies the same defaults as app.request() (e.g. text/plain for a string body).
describe('in-process app.request() ≡ node-server + fetch over 127.0.0.1', () => {
  it.each([...goodCases, ...badCases])('$name', async ({ path, init }: Case) => {
    const local = await createProductsApp().request(path, init)
    const remote = await fetch(`${server.url}${path}`, init)
    expect(summary(remote, await remote.text())).toEqual(summary(local, await local.text()))
  })
})

describe('the same through undici.request (its own agent, no fetch defaults)', () => {
  it('a JSON POST and a 422 match their in-process answers', async () => {
    for (const { path, init } of [goodCases[5]!, badCases[0]!]) {
      const local = await createProductsApp().request(path, init)
      const remote = await request(`${server.url}${path}`, {
        method: init?.method === 'POST' ? 'POST' : 'GET',
        headers: init?.headers as Record<string, string> | undefined,
        body: typeof init?.body === 'string' ? init.body : undefined,
        dispatcher: agent,
      })
      expect(remote.statusCode).toBe(local.status)
      expect(remote.headers['content-type']).toBe(local.headers.get('content-type'))
      expect(await remote.body.text()).toBe(await local.text())
    }
  })
})
