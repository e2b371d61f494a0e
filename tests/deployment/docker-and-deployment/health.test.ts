import { createServer, type Server, type Socket } from 'node:net'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { databaseCheck, healthRoutes, livenessWithDatabase, redisCheck, simulateOutage }
  from '../../../snippets/deployment/docker-and-deployment/health.ts'
import { freePort, type RedisServer, startRedisServer } from '../../support/redis-server.ts'
import { captureConsole } from '../../support/capture-console.ts'

let redisServer: RedisServer
let redis: Redis
let hang: Server
const sockets: Socket[] = []
const pools: pg.Pool[] = []
let stoppedDb: pg.Pool // nothing listens on its port: the database is stopped
let hungDb: pg.Pool // accepts connections and never answers

beforeAll(async () => {
  redisServer = await startRedisServer()
  redis = new Redis(redisServer.url)
  stoppedDb = new pg.Pool({ host: '127.0.0.1', port: await freePort(), user: 'app' })
  hang = createServer(socket => sockets.push(socket))
  await new Promise<void>(resolve => hang.listen(0, '127.0.0.1', resolve))
  const address = hang.address()
  hungDb = new pg.Pool({ host: '127.0.0.1', port: typeof address === 'object' && address ? address.port : 0, user: 'app' })
  pools.push(stoppedDb, hungDb)
  stoppedDb.on('error', () => {})
  hungDb.on('error', () => {})
})
afterAll(async () => {
  redis.disconnect()
  for (const socket of sockets) socket.destroy()
  await new Promise(resolve => hang.close(resolve))
  await Promise.all(pools.map(p => p.end()))
  await redisServer.stop()
})

it('/health stays 200 with the database stopped; /ready says which dependency is down', async () => {
  const app = healthRoutes({ database: databaseCheck(stoppedDb), redis: redisCheck(redis) }, { shuttingDown: false })
  const health = await app.request('/health')
  expect([health.status, await health.json()]).toEqual([200, { status: 'alive' }])
  const ready = await app.request('/ready')
  expect([ready.status, await ready.json()]).toEqual([503,
    { status: 'degraded', checks: { database: 'unavailable', redis: 'ok' } }])
})

it('/ready answers within the per-check timeout when the database hangs', async () => {
  const app = healthRoutes({ database: databaseCheck(hungDb), redis: redisCheck(redis) }, { shuttingDown: false }, 200)
  const started = performance.now()
  const ready = await app.request('/ready')
  const ms = performance.now() - started
  expect(await ready.json()).toEqual({ status: 'degraded', checks: { database: 'unavailable', redis: 'ok' } })
  expect(ms).toBeGreaterThanOrEqual(190)
  expect(ms).toBeLessThan(2_000) // a hung check would wait forever
})

it('/ready is 200 when every check passes, and 503 as soon as shutdown starts', async () => {
  const state = { shuttingDown: false }
  const app = healthRoutes({ redis: redisCheck(redis) }, state)
  const ready = await app.request('/ready')
  expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', checks: { redis: 'ok' } }])
  state.shuttingDown = true
  const draining = await app.request('/ready')
  expect([draining.status, await draining.json()]).toEqual([503, { status: 'shutting_down' }])
  expect((await app.request('/health')).status).toBe(200) // still alive while draining
})

it('the liveness mistake fails liveness during a database outage', async () => {
  const res = await livenessWithDatabase(databaseCheck(stoppedDb)).request('/health')
  expect(res.status).toBe(503)
})

it('simulation: restarts and a reconnect storm only when liveness checks the database', () => {
  expect(simulateOutage(true)).toEqual({ restarts: 20, peakReconnects: 200, notReadyTicks: 60 })
  expect(simulateOutage(false)).toEqual({ restarts: 0, peakReconnects: 0, notReadyTicks: 100 })
})

it('demo prints both designs', async () => {
  const lines = await captureConsole(() => import('../../../snippets/deployment/docker-and-deployment/restart-storm.demo.ts'))
  expect(lines).toEqual([
    'liveness queries the database: 20 restarts, 200 connections opened at once',
    'liveness is self-contained  : 0 restarts, 0 connections opened at once'])
})
