import { describe, expect, it } from 'vitest'
import { ProblemDetails } from '../../../snippets/web-api/error-responses/problem-details.ts'
import * as container from '../../../snippets/web-api/dependency-injection/container.ts'
import { createApp, fixedClock, inMemoryUserRepo, testDeps } from '../../../snippets/web-api/dependency-injection/container.ts'
import { createCountingPool } from '../../../snippets/web-api/dependency-injection/handle-scope.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { cases } from './container-cases.ts'

const STACK_TRACE = /\bat .+:\d+:\d+|node_modules|\.ts:\d+/
const postUser = (app: ReturnType<typeof createApp>, name: string) => app.request('/users', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }),
})

describe('composition root: createApp(deps)', () => {
  it('with a fake repo and a fixed clock the output is deterministic', async () => {
    for (let run = 0; run < 2; run++) {
      const app = createApp(testDeps({ userRepo: inMemoryUserRepo() }))
      const res = await postUser(app, 'ada')
      expect(res.status).toBe(201)
      expect(res.headers.get('location')).toBe('/users/1')
      expect(await res.json()).toEqual({ id: 1, name: 'ada', createdAt: '2026-01-01T09:00:00.000Z' })
      expect(await (await app.request('/health')).json()).toEqual({ app: 'products-test', db: '#1: select 1' })
    }
  })

  it('two apps built in one test do not share state', async () => {
    const a = createApp(testDeps({ userRepo: inMemoryUserRepo() }))
    const b = createApp(testDeps({ userRepo: inMemoryUserRepo() }))
    await postUser(a, 'ada')
    expect((await a.request('/users/1')).status).toBe(200)
    expect((await b.request('/users/1')).status).toBe(404)
  })

  it('the repo is called exactly once per request, and its clock is the injected one', async () => {
    const repo = inMemoryUserRepo()
    const app = createApp(testDeps({ userRepo: repo, clock: fixedClock('2030-05-05T05:05:05.000Z') }))
    expect((await (await postUser(app, 'ada')).json()).createdAt).toBe('2030-05-05T05:05:05.000Z')
    expect(repo.calls).toBe(1)
    await app.request('/users/1')
    expect(repo.calls).toBe(2)
    await app.request('/users/abc') // rejected by the validator: the repo is never touched
    expect(repo.calls).toBe(2)
  })

  it('the health route releases its db handle', async () => {
    const db = createCountingPool()
    const app = createApp(testDeps({ db }))
    await app.request('/health')
    await app.request('/health')
    expect(db.open).toBe(0)
  })

  it('no global override map exists: the module exports only functions', () => {
    for (const [name, value] of Object.entries(container))
      expect(typeof value, `export ${name}`).toBe('function')
  })
})

describe('main app: bad input gets the section\'s problem body, never a 500 or a stack', () => {
  const app = createApp(testDeps())
  it.each(cases)('$name → $status', async ({ path, init, status, code, field }) => {
    const res = await app.request(path, init)
    expect(res.status).toBe(status)
    const text = await res.text()
    expect(text).not.toMatch(STACK_TRACE)
    if (!code)
      return expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = ProblemDetails.parse(JSON.parse(text))
    expect(body).toMatchObject({ status, code })
    if (field !== undefined)
      expect(body.details[0]?.field).toBe(field)
  })

  it('a crash in a dependency is a generic 500 that names nothing internal', async () => {
    const broken = createApp(testDeps({ userRepo: { ...inMemoryUserRepo(), findById: async () => { throw new Error('ECONNREFUSED 10.0.0.5:5432') } } }), { newErrorId: () => 'ref-9' })
    const res = await broken.request('/users/1')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred. Reference: ref-9' })
    expect(text).not.toContain('10.0.0.5')
  })
})

describe('overrides.demo', () => {
  it('prints the seeded user from one app and a 404 from the app with an empty repo', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/overrides.demo.ts'))
    expect(lines).toEqual([
      '→ GET /users/1',
      '← 200 application/json',
      '  {"id":1,"name":"alice","createdAt":"2025-12-24T00:00:00Z"}',
      '→ GET /users/1',
      '← 404 application/problem+json',
      '  {"type":"about:blank","title":"Not Found","status":404,',
      '   "detail":"User 1 not found","code":"NOT_FOUND","details":[]}',
    ])
  })
})
