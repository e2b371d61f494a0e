import { Hono } from 'hono'
import { afterEach, expect, it } from 'vitest'
import { admissionControl } from '../../../snippets/deployment/docker-and-deployment/admission-control.ts'
import { listen, type Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { until } from '../../support/timing.ts'

let server: Listening | undefined
afterEach(async () => { await server?.close(); server = undefined })

it('limit 5, 8 concurrent slow requests: 3 get 503 at once, 5 succeed, probes pass, counter back to 0', async () => {
  const admission = admissionControl({ limit: 5 })
  const gate = Promise.withResolvers<void>()
  let entered = 0
  const app = new Hono().use(admission.middleware)
    .get('/health', c => c.json({ status: 'alive' }))
    .get('/slow', async (c) => { entered++; await gate.promise; return c.text('done') })
  server = await listen(app)
  const finished: string[] = []
  const calls = Array.from({ length: 8 }, () => fetch(`${server!.url}/slow`).then(async (res) => {
    finished.push(`${res.status} ${res.headers.get('retry-after') ?? '-'} ${await res.text()}`)
  }))
  await until(() => finished.length === 3 && entered === 5) // rejections arrive while 5 are held
  expect(finished).toEqual(Array(3).fill('503 1 {"error":"overloaded"}'))
  expect(admission.inFlight).toBe(5)
  expect((await fetch(`${server.url}/health`)).status).toBe(200) // exempt at full load
  gate.resolve()
  await Promise.all(calls)
  expect(finished.slice(3)).toEqual(Array(5).fill('200 - done'))
  expect(admission.inFlight).toBe(0)
})

it('a throwing handler still releases its slot', async () => {
  const admission = admissionControl({ limit: 1 })
  const app = new Hono().use(admission.middleware).get('/boom', () => { throw new Error('boom') })
    .onError((_err, c) => c.text('failed', 500)) // quiet: the default handler logs the stack
  expect((await app.request('/boom')).status).toBe(500)
  expect(admission.inFlight).toBe(0)
  expect((await app.request('/boom')).status).toBe(500) // not 503: the slot came back
})
