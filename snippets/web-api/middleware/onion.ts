// The onion: code before `await next()` runs on the way in, code after it on the way out,
// and a layer that returns a Response without calling next() stops the request there.
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'

// #region onion-order
export function createOnionApp(trace: string[]) {
  const app = new Hono()
  app.use(async (_c, next) => {
    trace.push('A in')
    await next() // everything inside A runs here
    trace.push('A out')
  })
  app.use(async (_c, next) => {
    trace.push('B in')
    await next()
    trace.push('B out')
  })
  app.get('/', (c) => {
    trace.push('handler')
    return c.text('ok')
  })
  return app
}
// #endregion onion-order

// #region short-circuit
export function createGatedApp(trace: string[]) {
  const app = new Hono()
  app.use(async (c, next) => {
    if (c.req.header('X-Api-Key') !== 'let-me-in')
      return c.json({ code: 'FORBIDDEN' }, 403) // next() never called
    await next()
  })
  app.get('/', (c) => {
    trace.push('handler')
    return c.text('ok')
  })
  return app
}
// #endregion short-circuit

// #region custom-mw
export interface CustomHeaderOptions {
  value: string
  headerName?: string
}
export type CustomEnv = { Variables: { customValue: string } }

/** A factory: options are closed over once, the middleware runs per request. */
export const customHeader = ({ value, headerName = 'X-Custom' }: CustomHeaderOptions) =>
  createMiddleware<CustomEnv>(async (c, next) => {
    c.set('customValue', value) // request state, typed: c.var.customValue
    await next()
    c.header(headerName, value) // on the way out
  })
// #endregion custom-mw

// #region register
export function createCustomApp() {
  const app = new Hono<CustomEnv>()
  app.use(customHeader({ value: 'global' })) // every request
  app.use('/api/*', customHeader({ value: 'api', headerName: 'X-Api' })) // a path pattern
  app.get('/api/items', customHeader({ value: 'route', headerName: 'X-Route' }), // one route
    c => c.json({ seen: c.var.customValue }))
  return app
}
// #endregion register
