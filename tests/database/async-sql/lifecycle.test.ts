import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { createDb, createPool, DbSettings } from '../../../snippets/database/async-sql/db-setup.ts'
import { createApp } from '../../../snippets/database/async-sql/hono-integration.ts'
import { shutdown } from '../../../snippets/database/async-sql/lifecycle.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

let pg: MigratedPostgres
beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
afterAll(() => pg.stop())

test('shutdown drains HTTP, ends the pool: no connections left, new queries reject', async () => {
  const pool = createPool(DbSettings.parse({ DATABASE_URL: pg.server.url, DB_APP_NAME: 'shutdown-app' }), () => {})
  const server = serve({ fetch: createApp({ db: createDb(pool) }).fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise(resolve => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const responses = await Promise.all(['a', 'b', 'c'].map(n => fetch(`http://127.0.0.1:${port}/users`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'connection': 'close' },
    body: JSON.stringify({ email: `${n}@x.io`, name: n }),
  })))
  expect(responses.map(r => r.status)).toEqual([201, 201, 201])
  expect(await pg.connections('shutdown-app')).toBeGreaterThan(0)

  const log: string[] = []
  await shutdown(server, pool, line => log.push(line))
  expect(log).toEqual(['http: drained', 'db: pool ended'])
  // the backend exits just after our socket closes: poll the server until it is gone
  await vi.waitFor(async () => expect(await pg.connections('shutdown-app')).toBe(0), { timeout: 3_000, interval: 20 })
  expect(pool.totalCount).toBe(0)
  await expect(pool.query('SELECT 1')).rejects.toThrow(/after calling end/)
})
