// Each Hono handler is an async function: while one request awaits, the loop serves the others.
// The guide's /sleep/{n} (5 s) scaled to 500 ms. Browser-runnable through app.request().
import { Hono } from 'hono'
import { fakeIo } from '../threads-processes-async/io-concurrency.ts'

// #region sleep-endpoint
export function createSleepApp(sleepMs = 500): Hono {
  const app = new Hono()
  app.get('/sleep/:n', async (c) => {
    const n = Number(c.req.param('n'))
    if (!Number.isInteger(n) || n < 0)
      return c.json({ error: 'n must be a non-negative integer' }, 400)
    await fakeIo(null, sleepMs) // waiting: the loop serves other requests meanwhile
    return c.json({ n, sleptMs: sleepMs })
  })
  return app
}
// #endregion sleep-endpoint
