// One DB handle per request, released on every ending; a streamed body keeps it until it ends.
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import { streamText } from 'hono/streaming'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'

export interface Handle { id: number, query: (sql: string) => Promise<string>, release: () => void }
export interface Pool { acquire: () => Promise<Handle> }
export type HandleEnv = { Variables: { handle: Handle, keepOpen: () => () => void } }

export const withDbHandle = (pool: Pool) => createMiddleware<HandleEnv>(async (c, next) => {
  // TODO: one handle per request as c.var.handle, released once on every ending (success, error,
  //       short-circuit) - unless the handler called c.var.keepOpen(), which hands over the release.
  c.set('handle', await pool.acquire())
  c.set('keepOpen', () => () => {})
  await next()
})

export function createApp(pool: Pool) {
  const app = new Hono<HandleEnv>()
  app.use(withDbHandle(pool))
  app.get('/ok', async c => c.text(await c.var.handle.query('select 1')))
  app.get('/boom', () => {
    throw new Error('query failed')
  })
  app.get('/private', async (c, next) => {
    if (!c.req.header('x-user'))
      throw new HTTPException(401, { message: 'Sign in first' })
    await next()
  }, c => c.text('secret'))
  app.get('/export', (c) => {
    const release = c.var.keepOpen()
    return streamText(c, async (stream) => {
      try {
        for (const row of ['a', 'b', 'c']) {
          if (stream.aborted)
            break
          await stream.writeln(await c.var.handle.query(row))
        }
      }
      finally {
        release()
      }
    })
  })
  return useProblemDetails(app)
}
