import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createCountingPool, createHandleApp, withDbHandle } from '../../../snippets/web-api/dependency-injection/handle-scope.ts'
import { captureConsole } from '../../support/capture-console.ts'

function setup() {
  const log: string[] = []
  const pool = createCountingPool(line => log.push(line))
  return { pool, log, app: createHandleApp(pool) }
}

const readAll = async (res: Response) => (await res.text()).trim().split('\n')

describe('withDbHandle: acquire, c.set, next, release in finally', () => {
  it('releases after success', async () => {
    const { app, pool, log } = setup()
    const res = await app.request('/rows')
    expect(await res.text()).toBe('#1: select 1')
    expect(pool.open).toBe(0)
    expect(log).toEqual(['acquire #1', 'release #1'])
  })

  it('releases after a thrown error that onError turned into a 500', async () => {
    const { app, pool, log } = setup()
    const res = await app.request('/fails')
    expect(res.status).toBe(500)
    expect(pool.open).toBe(0)
    expect(log).toEqual(['acquire #1', 'release #1'])
  })

  it('releases after a later middleware short-circuits with 401', async () => {
    const { app, pool, log } = setup()
    const res = await app.request('/private')
    expect(res.status).toBe(401)
    expect(pool.open).toBe(0)
    expect(log).toEqual(['acquire #1', 'release #1'])
  })

  it('exactly one handle per request, also for concurrent requests', async () => {
    const { app, pool, log } = setup()
    await Promise.all([app.request('/rows'), app.request('/fails'), app.request('/private'), app.request('/rows')])
    expect(log.filter(line => line.startsWith('acquire'))).toHaveLength(4)
    expect(new Set(log.filter(line => line.startsWith('release')))).toHaveProperty('size', 4)
    expect(pool.open).toBe(0)
  })

  it('a handle is not acquired for a request that no route matches', async () => {
    const pool = createCountingPool()
    const app = new Hono().get('/x', withDbHandle(pool), c => c.text('x'))
    await app.request('/y')
    expect(pool.open).toBe(0)
  })
})

describe('the streaming trap', () => {
  it('buggy: the handle is already released when the second chunk is read', async () => {
    const { app, pool, log } = setup()
    const res = await app.request('/export/buggy')
    expect(log).toEqual(['acquire #1', 'release #1']) // released before a single chunk was read
    expect(await readAll(res)).toEqual(['#1: a', 'error: handle #1 used after release'])
    expect(pool.open).toBe(0)
  })

  it('fixed: released only after the last chunk', async () => {
    const { app, pool, log } = setup()
    const res = await app.request('/export')
    expect(log).toEqual(['acquire #1']) // the stream holds it
    expect(pool.open).toBe(1)
    expect(await readAll(res)).toEqual(['#1: a', '#1: b', '#1: c'])
    await expect.poll(() => pool.open).toBe(0)
    expect(log).toEqual(['acquire #1', 'release #1'])
  })

  it('fixed: released when the client cancels mid-stream, and production stops', async () => {
    const { app, pool, log } = setup()
    const reader = (await app.request('/export')).body!.pipeThrough(new TextDecoderStream()).getReader()
    expect((await reader.read()).value).toBe('#1: a\n')
    await reader.cancel()
    await expect.poll(() => pool.open).toBe(0)
    expect(log).toEqual(['acquire #1', 'release #1'])
  })
})

describe('handle demos', () => {
  it('handle-scope.demo prints acquire/release pairs and zero open handles for all three endings', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/handle-scope.demo.ts'))
    expect(lines).toEqual([
      'acquire #1', 'release #1', '/rows → 200, open handles: 0',
      'acquire #2', 'release #2', '/fails → 500, open handles: 0',
      'acquire #3', 'release #3', '/private → 401, open handles: 0',
    ])
  })

  it('stream-scope.demo shows the early release and the fixed order', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/stream-scope.demo.ts'))
    expect(lines).toEqual([
      'GET /export/buggy', 'acquire #1', 'release #1', '  chunk: #1: a', '  chunk: error: handle #1 used after release',
      'GET /export', 'acquire #2', '  chunk: #2: a', '  chunk: #2: b', '  chunk: #2: c', 'release #2',
    ])
  })
})
