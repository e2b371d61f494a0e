import { Hono } from 'hono'
import { afterEach, expect, it } from 'vitest'
import { describeServer, productionServer, type RunningServer, startServer, stopServer }
  from '../../../snippets/deployment/docker-and-deployment/server-config.ts'

let running: RunningServer | undefined
afterEach(async () => { if (running) await stopServer(running); running = undefined })

const app = new Hono().get('/hello', c => c.text('hi'))

it('applies the production options and listens on all interfaces', async () => {
  running = await startServer(app, { ...productionServer, port: 0 }) // a free port in tests
  expect(describeServer(running)).toEqual({ address: '0.0.0.0', keepAliveTimeout: 5_000,
    headersTimeout: 6_000, requestTimeout: 30_000, backlog: 2048 })
  expect(running.server.headersTimeout).toBeGreaterThan(running.server.keepAliveTimeout)
  const res = await fetch(`${running.url}/hello`) // all interfaces include loopback
  expect([res.status, await res.text()]).toEqual([200, 'hi'])
})

it('keeps an idle connection open for the keep-alive window and says so', async () => {
  running = await startServer(app, { ...productionServer, host: '127.0.0.1', port: 0 })
  const res = await fetch(`${running.url}/hello`)
  await res.text()
  expect(res.headers.get('keep-alive')).toBe('timeout=5')
})

it('refuses a port that is taken', async () => {
  running = await startServer(app, { ...productionServer, host: '127.0.0.1', port: 0 })
  await expect(startServer(app, { ...productionServer, host: '127.0.0.1', port: running.settings.port }))
    .rejects.toMatchObject({ code: 'EADDRINUSE' })
})
