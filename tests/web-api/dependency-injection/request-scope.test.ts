import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { contextApp, createFlagsApp, type Flags, profileApp, provide, requestSlot } from '../../../snippets/web-api/dependency-injection/request-scope.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('simple dependency', () => {
  it('/profile returns the user the middleware injected', async () => {
    const res = await profileApp.request('/profile')
    expect(await res.json()).toEqual({ username: 'alice' })
  })
})

describe('a dependency that reads path and headers', () => {
  it('/users/42 with Authorization: Bearer abc123 → { user_id: 42, token: "Bearer abc123" }', async () => {
    const res = await contextApp.request('/users/42', { headers: { Authorization: 'Bearer abc123' } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ user_id: 42, token: 'Bearer abc123' })
  })

  it('a header literally named "token" (the guide\'s mismatch) is not taken for authorization', async () => {
    const res = await contextApp.request('/users/42', { headers: { token: 'Bearer abc123' } })
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('authorization')
  })

  it('a bad user id is rejected before the dependency runs', async () => {
    const res = await contextApp.request('/users/abc', { headers: { authorization: 'Bearer abc123' } })
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('userId')
  })
})

describe('provide: a per-request memo', () => {
  const counting = () => {
    let calls = 0
    const load = (): Flags => ({ beta: true, loadedBy: ++calls })
    return { load, calls: () => calls }
  }

  it('runs the factory once per request although two consumers ask', async () => {
    const factory = counting()
    const res = await createFlagsApp(factory.load).request('/cached')
    expect(factory.calls()).toBe(1)
    expect(res.headers.get('x-beta')).toBe('true')
    expect(await res.json()).toEqual({ beta: true, loadedBy: 1 }) // the handler saw the same value
  })

  it('runs it again on the next request (2 across two requests)', async () => {
    const factory = counting()
    const app = createFlagsApp(factory.load)
    await app.request('/cached')
    const second = await app.request('/cached')
    expect(factory.calls()).toBe(2)
    expect(await second.json()).toEqual({ beta: true, loadedBy: 2 })
  })

  it('the uncached variant runs once per call', async () => {
    const factory = counting()
    const res = await createFlagsApp(factory.load).request('/uncached')
    expect(factory.calls()).toBe(2)
    expect(await res.json()).toEqual([{ beta: true, loadedBy: 1 }, { beta: true, loadedBy: 2 }])
  })

  it('memoises undefined too, and keeps slots apart', async () => {
    let calls = 0
    const a = requestSlot<undefined>()
    const b = requestSlot<number>()
    const app = new Hono().get('/', (c) => {
      provide(c, a, () => { calls++ })
      provide(c, a, () => { calls++ })
      return c.json({ b: provide(c, b, () => 7), calls })
    })
    expect(await (await app.request('/')).json()).toEqual({ b: 7, calls: 1 })
  })
})

describe('request-scope demos', () => {
  it('simple.demo prints alice', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/simple.demo.ts'))
    expect(lines).toEqual(['→ GET /profile', '← 200 application/json', '  {"username":"alice"}'])
  })

  it('context-dep.demo prints the context and the 422 for a "token" header', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/context-dep.demo.ts'))
    expect(lines.slice(0, 4)).toEqual([
      '→ GET /users/42', '  authorization: Bearer abc123', '← 200 application/json', '  {"user_id":42,"token":"Bearer abc123"}',
    ])
    expect(lines.slice(4, 7)).toEqual(['→ GET /users/42', '  token: Bearer abc123', '← 422 application/problem+json'])
    expect(lines.at(-1)).toContain('"field":"authorization"')
  })

  it('provide.demo prints 1, 1 and 2 factory runs', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/provide.demo.ts'))
    expect(lines).toEqual(['GET /cached: factory ran 1×', 'GET /cached: factory ran 1×', 'GET /uncached: factory ran 2×'])
  })
})
