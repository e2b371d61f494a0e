// A per-request resource with guaranteed release: acquire, c.set, await next(), release in finally.
// And the streaming trap: a middleware's finally runs before a streamed body is produced.
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import { streamText } from 'hono/streaming'
import { useProblemDetails } from '../error-responses/error-handler.ts'

/** A DB connection borrowed from a pool; using it after release is a bug the pool reports. */
export interface Handle extends AsyncDisposable {
  readonly id: number
  query: (sql: string) => Promise<string>
  release: () => void
}

export interface Pool {
  acquire: () => Promise<Handle>
  /** Handles acquired and not yet released. */
  readonly open: number
}

/** An in-memory pool that counts open handles and refuses use after release (tests, demos). */
export function createCountingPool(log: (line: string) => void = () => {}): Pool {
  let open = 0
  let nextId = 1
  return {
    get open() { return open },
    async acquire() {
      const id = nextId++
      let released = false
      open++
      log(`acquire #${id}`)
      const release = () => {
        if (released)
          return
        released = true
        open--
        log(`release #${id}`)
      }
      return {
        id,
        release,
        async query(sql) {
          if (released)
            throw new Error(`handle #${id} used after release`)
          return `#${id}: ${sql}`
        },
        async [Symbol.asyncDispose]() { release() },
      }
    },
  }
}

export type HandleEnv = { Variables: { handle: Handle } }

// #region handle-scope
export const withDbHandle = (pool: Pool) => createMiddleware<HandleEnv>(async (c, next) => {
  const handle = await pool.acquire()
  c.set('handle', handle)
  try {
    await next() // the handler, and any later middleware, run here
  }
  finally {
    handle.release() // success, thrown error (already a 500 response), or 401 short-circuit
  }
})
// #endregion handle-scope

/** A later middleware that may answer early (stand-in for an auth check). */
export const requireUser = createMiddleware(async (c, next) => {
  if (!c.req.header('x-user'))
    throw new HTTPException(401, { message: 'Sign in first' })
  await next()
})

export function createHandleApp(pool: Pool) {
  const app = new Hono<HandleEnv>()
  app.get('/rows', withDbHandle(pool), async c => c.text(await c.var.handle.query('select 1')))
  app.get('/fails', withDbHandle(pool), async () => {
    throw new Error('query failed')
  })
  app.get('/private', withDbHandle(pool), requireUser, c => c.text('secret'))
  // #region stream-scope
  // BUG: withDbHandle releases as soon as the Response exists, before row 2 is read.
  app.get('/export/buggy', withDbHandle(pool), c => streamText(c, async (stream) => {
    for (const row of ['a', 'b', 'c'])
      await stream.writeln(await c.var.handle.query(row))
  }, async (err, stream) => { await stream.writeln(`error: ${err.message}`) }))

  // FIX: the stream owns its handle; disposed when the callback ends (done, error, cancel).
  app.get('/export', c => streamText(c, async (stream) => {
    await using handle = await pool.acquire()
    for (const row of ['a', 'b', 'c']) {
      if (stream.aborted) break // the client went away: stop producing
      await stream.writeln(await handle.query(row))
    }
  }))
  // #endregion stream-scope
  return useProblemDetails(app)
}
