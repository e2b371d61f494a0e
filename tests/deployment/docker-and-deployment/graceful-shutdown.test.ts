import { Agent, fetch } from 'undici'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { inFlightTracker, startEntry } from '../../../snippets/deployment/docker-and-deployment/graceful-shutdown.ts'
import { freePort, type RedisServer, startRedisServer } from '../../support/redis-server.ts'
import { connectOutcome } from '../../support/net.ts'

let redis: RedisServer
let agent: Agent | undefined
let entry: ReturnType<typeof startEntry> | undefined
beforeAll(async () => { redis = await startRedisServer() })
afterAll(() => redis.stop())
afterEach(async () => {
  if (entry && entry.child.exitCode === null) { entry.child.kill('SIGKILL'); await entry.exited }
  entry = undefined
  await agent?.close()
  agent = undefined
})

async function boot(env: Record<string, string>) {
  entry = startEntry({ REDIS_URL: redis.url, DATABASE_URL: `postgresql://app@127.0.0.1:${await freePort()}/appdb`, ...env })
  const port = Number((await entry.waitFor(/^listening on/)).split(' ').at(-1))
  agent = new Agent({ connections: 30 })
  return { port, url: `http://127.0.0.1:${port}` }
}

it('SIGTERM with 20 requests in flight: all complete, new connections refused, exit 0, reverse close', async () => {
  const { port, url } = await boot({ UNREADY_DELAY_MS: '1000', SHUTDOWN_DEADLINE_MS: '20000' })
  const responses = Array.from({ length: 20 }, () => fetch(`${url}/slow?ms=2500`, { dispatcher: agent })
    .then(async res => `${res.status} ${(await res.text()).length}`))
  await entry!.waitFor(/^slow: 20 in flight$/)
  entry!.child.kill('SIGTERM')
  await entry!.waitFor(/^shutdown: not ready$/)
  const ready = await fetch(`${url}/ready`, { dispatcher: new Agent() }) // a probe's fresh connection
  expect([ready.status, await ready.json()]).toEqual([503, { status: 'shutting_down' }])
  await entry!.waitFor(/^shutdown: stopped accepting$/)
  expect(await connectOutcome(port)).toBe('ECONNREFUSED')
  expect(await Promise.all(responses)).toEqual(Array(20).fill('200 1005')) // 'done ' + 1000 dots
  expect(await entry!.exited).toBe(0)
  expect(entry!.lines.slice(entry!.lines.indexOf('received SIGTERM'))).toEqual([
    'received SIGTERM', 'shutdown: not ready', 'shutdown: stopped accepting',
    'closed redis', 'closed http agent', 'closed database pool', 'exit 0'])
}, 20_000)

it('a request longer than the deadline is cut, named in the log, and the exit code is 1', async () => {
  const { url } = await boot({ UNREADY_DELAY_MS: '0', SHUTDOWN_DEADLINE_MS: '500' })
  const stuck = fetch(`${url}/slow?ms=60000`, { dispatcher: agent }).then(() => 'answered', () => 'cut')
  await entry!.waitFor(/^slow: 1 in flight$/)
  const signalled = performance.now()
  entry!.child.kill('SIGTERM')
  expect(await entry!.exited).toBe(1)
  const ms = performance.now() - signalled
  expect(ms).toBeGreaterThanOrEqual(450)
  expect(ms).toBeLessThan(10_000) // not the 60 s the request wanted
  expect(await stuck).toBe('cut')
  expect(entry!.lines).toContain('shutdown: deadline cut GET /slow')
  expect(entry!.lines.slice(-4)).toEqual(['closed redis', 'closed http agent', 'closed database pool', 'exit 1'])
}, 20_000)

it('the tracker names running requests and resolves drained() when the last one ends', async () => {
  const tracker = inFlightTracker()
  const gate = Promise.withResolvers<void>()
  const { Hono } = await import('hono')
  const app = new Hono().use(tracker.middleware).get('/work', async (c) => { await gate.promise; return c.text('ok') })
  const pending = app.request('/work')
  await Promise.resolve()
  expect([tracker.count, tracker.running()]).toEqual([1, ['GET /work']])
  let drained = false
  const done = tracker.drained().then(() => { drained = true })
  expect(drained).toBe(false)
  tracker.close()
  gate.resolve()
  const res = await pending
  await done
  expect([drained, tracker.count, res.headers.get('connection')]).toEqual([true, 0, 'close'])
})
