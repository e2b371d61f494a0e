import { Hono } from 'hono'
import { streamText } from 'hono/streaming'
import { describe, expect, it } from 'vitest'
import { inflightCap } from '../../../snippets/safe-api-calls/production-architecture/admission.ts'

function gate() {
  const { promise, resolve } = Promise.withResolvers<void>()
  return { promise, open: () => resolve() }
}

describe('admission: the --limit-concurrency analog', () => {
  it('cap 5, 6 concurrent slow requests: the 6th gets 503 + Retry-After 1 at once and never reaches the handler', async () => {
    const cap = inflightCap(5)
    const g = gate()
    let handled = 0
    const app = new Hono().use(cap.middleware).get('/slow', async (c) => { handled++; await g.promise; return c.text('ok') })
    const five = Array.from({ length: 5 }, () => app.request('/slow'))
    await new Promise(r => setTimeout(r, 0))
    expect(cap.inFlight).toBe(5)
    const t0 = performance.now()
    const sixth = await app.request('/slow')
    expect(performance.now() - t0).toBeLessThan(500) // spec: 10 ms; queued, it would wait forever on the gate
    expect(sixth.status).toBe(503)
    expect(sixth.headers.get('retry-after')).toBe('1')
    expect(handled).toBe(5)
    g.open()
    const bodies = await Promise.all((await Promise.all(five)).map(r => r.text()))
    expect(bodies).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    expect(cap.inFlight).toBe(0)
  })

  it('a streaming response keeps its slot until the body is fully read', async () => {
    const cap = inflightCap(1)
    const app = new Hono().use(cap.middleware).get('/stream', c => streamText(c, async (s) => {
      for (let i = 0; i < 3; i++) { await s.write(`chunk ${i}\n`); await s.sleep(5) }
    }))
    const res = await app.request('/stream')
    expect(cap.inFlight).toBe(1) // headers are out, the body is not
    expect((await app.request('/stream')).status).toBe(503)
    expect(await res.text()).toBe('chunk 0\nchunk 1\nchunk 2\n')
    expect(cap.inFlight).toBe(0)
  })

  it('a client that cancels the body releases the slot', async () => {
    const cap = inflightCap(1)
    const app = new Hono().use(cap.middleware).get('/stream', c => streamText(c, async (s) => {
      for (let i = 0; i < 1_000 && !s.aborted; i++) { await s.write('x'); await s.sleep(2) }
    }))
    const res = await app.request('/stream')
    const reader = res.body!.getReader()
    await reader.read()
    expect(cap.inFlight).toBe(1)
    await reader.cancel()
    expect(cap.inFlight).toBe(0)
    expect((await app.request('/stream')).status).toBe(200)
  })

  it('a handler that throws still releases its slot', async () => {
    const cap = inflightCap(1)
    const app = new Hono().use(cap.middleware).get('/boom', () => { throw new Error('bug') }).onError((_e, c) => c.text('internal', 500))
    const res = await app.request('/boom')
    expect(res.status).toBe(500)
    await res.text()
    expect(cap.inFlight).toBe(0)
  })

  it('a middleware error thrown past the cap releases too', async () => {
    const cap = inflightCap(1)
    const throwing = new Hono()
    throwing.use(async (_c, next) => { await next(); throw new Error('after') })
    const wrapped = new Hono().use(cap.middleware).route('/', throwing.get('/x', c => c.text('x'))).onError((_e, c) => c.text('internal', 500))
    const res = await wrapped.request('/x')
    await res.text()
    expect(cap.inFlight).toBe(0)
  })
})
