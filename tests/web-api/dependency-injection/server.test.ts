// The DI deck's main app on a real socket answers a real HTTP client exactly as app.request()
// does in-process; and start() is the one place that reads env, listens and handles SIGTERM.
import { Agent, request } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApp, testDeps } from '../../../snippets/web-api/dependency-injection/container.ts'
import { type Running, settingsSchema, start } from '../../../snippets/web-api/dependency-injection/server.ts'
import { listen, type Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { cases } from './container-cases.ts'

const RELEVANT_HEADERS = ['content-type', 'location', 'www-authenticate', 'retry-after']
const summary = (res: Response, text: string) => ({
  status: res.status,
  headers: Object.fromEntries(RELEVANT_HEADERS.map(name => [name, res.headers.get(name)])),
  body: text,
})

describe('in-process app.request() ≡ node-server + fetch over 127.0.0.1', () => {
  const local = createApp(testDeps()) // same fakes, same starting state, same request order
  let served: Listening
  beforeAll(async () => { served = await listen(createApp(testDeps())) })
  afterAll(async () => { await served.close() })

  it.each(cases)('$name', async ({ path, init }) => {
    const mine = await local.request(path, init)
    const theirs = await fetch(`${served.url}${path}`, init)
    expect(summary(theirs, await theirs.text())).toEqual(summary(mine, await mine.text()))
  })
})

describe('start(env): the production composition root', () => {
  let running: Running | undefined
  const agent = new Agent({ allowH2: false })
  afterEach(async () => {
    await running?.close()
    running = undefined
  })
  afterAll(async () => { await agent.close() })

  it('parses settings once from env and serves the app on 127.0.0.1', async () => {
    running = await start({ PORT: '0', APP_NAME: 'shop' })
    const res = await request(`${running.url}/health`, { dispatcher: agent })
    expect(res.statusCode).toBe(200)
    expect(await res.body.json()).toMatchObject({ app: 'shop', db: '#1: select 1' })
    expect(running.deps.db.open).toBe(0)
  })

  it('refuses to boot on a bad setting', async () => {
    await expect(start({ PORT: 'eighty' })).rejects.toThrow(/PORT/)
    expect(settingsSchema.parse({})).toEqual({ APP_NAME: 'products', PORT: 3000, MAX_BODY_BYTES: 16384 })
  })

  it('SIGTERM closes the server and removes its handler', async () => {
    const before = process.listenerCount('SIGTERM')
    running = await start({ PORT: '0' })
    expect(process.listenerCount('SIGTERM')).toBe(before + 1)
    const { url } = running
    process.emit('SIGTERM')
    await expect.poll(async () => fetch(`${url}/health`).then(() => 'up', () => 'down')).toBe('down')
    expect(process.listenerCount('SIGTERM')).toBe(before)
    running = undefined
  })
})
