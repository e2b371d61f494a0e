import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { Pool } from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { exhaust, POOL_PRESETS, readWithRetry } from '../../../snippets/database/async-sql/pool-config.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

let pg: MigratedPostgres
beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
afterAll(() => pg.stop())

test('presets match the table; every preset sets connection and idle timeouts', () => {
  expect(Object.entries(POOL_PRESETS).map(([name, p]) => [name, p.max, p.maxLifetimeSeconds, p.connectionTimeoutMillis]))
    .toEqual([['low', 8, 1_800, 30_000], ['medium', 30, 3_600, 30_000], ['high', 50, 1_800, 10_000]])
  for (const preset of Object.values(POOL_PRESETS))
    expect(preset.idleTimeoutMillis).toBeGreaterThan(0)
  const total = 4 * POOL_PRESETS.medium.max              // 4 pods
  expect(total).toBeGreaterThan(100)                     // would exceed max_connections=100
})

test('max 2 and three long transactions: the third rejects after about 500 ms', async () => {
  const pool = pg.pool({ max: 2, connectionTimeoutMillis: 500 })
  const started = performance.now()
  const results = await exhaust(pool, 1.5)
  const elapsed = performance.now() - started
  const rejected = results.filter(r => r.status === 'rejected')
  expect(rejected).toHaveLength(1)
  expect(String((rejected[0] as PromiseRejectedResult).reason)).toMatch(/timeout exceeded when trying to connect/)
  expect(elapsed).toBeGreaterThanOrEqual(1_400)          // the two holders finished their 1.5 s
})

test('the waiting caller fails fast at the connection timeout, not after the holders', async () => {
  const pool = pg.pool({ max: 2, connectionTimeoutMillis: 500 })
  const holders = [pool.query('SELECT pg_sleep(1.5)'), pool.query('SELECT pg_sleep(1.5)')]
  const started = performance.now()
  await expect(pool.query('SELECT 1')).rejects.toThrow(/timeout exceeded when trying to connect/)
  const waited = performance.now() - started
  expect(waited).toBeGreaterThanOrEqual(450)
  expect(waited).toBeLessThan(1_200)
  await Promise.all(holders)
})

test('killing idle backends does not make the next read fail', async () => {
  const pool = pg.pool({ max: 3, application_name: 'stale-app' })
  await Promise.all([pool.query('SELECT 1'), pool.query('SELECT 1'), pool.query('SELECT 1')])
  expect(pool.idleCount).toBeGreaterThan(0)
  await pg.admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'stale-app'`)
  const { rows } = await readWithRetry<{ one: number }>(pool, 'SELECT 1 AS one')
  expect(rows).toEqual([{ one: 1 }])
  await expect(readWithRetry(pool, 'SELECT * FROM no_such_table')).rejects.toThrow(/does not exist/)
})

test('a server that drops every connection stops the retries after max + 1 tries', async () => {
  let connections = 0
  const dropper = createServer((socket) => { connections++; socket.destroy() })
  await new Promise<void>(resolve => dropper.listen(0, '127.0.0.1', resolve))
  const pool = new Pool({ host: '127.0.0.1', port: (dropper.address() as AddressInfo).port, max: 2 })
  try {
    await expect(readWithRetry(pool, 'SELECT 1')).rejects.toThrow(/Connection terminated/)
    expect(connections).toBe(3)
  }
  finally {
    await pool.end()
    await new Promise(resolve => dropper.close(resolve))
  }
})
