// The section's running example: every route of this deck mounted on one products app, with
// the guards a public endpoint needs (body size limit, JSON errors for 404/400/413/500).
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { bodyApp } from './body.ts'
import { cookiesApp, headersApp } from './headers-cookies.ts'
import { mixedApp } from './mixed.ts'
import { typedPathApp } from './path-params.ts'
import { filtersApp, paginationApp } from './query-params.ts'

/** Largest JSON body the products API accepts; bigger requests get 413 before parsing. */
export const MAX_BODY_BYTES = 16 * 1024

const CODES: Record<number, string> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE' }

/** Minimal error body in the section's shape; web-api/error-responses builds the full handler. */
export const errorBody = (status: number, message: string) =>
  ({ code: CODES[status] ?? 'INTERNAL_ERROR', message, details: [] })

// #region products-app
export function createProductsApp() {
  const app = new Hono()
  app.use(bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: c => c.json(errorBody(413, `Body larger than ${MAX_BODY_BYTES} bytes`), 413),
  }))
  for (const routes of [typedPathApp, paginationApp, filtersApp, headersApp, cookiesApp, bodyApp, mixedApp])
    app.route('/', routes)
  app.notFound(c => c.json(errorBody(404, `No route for ${c.req.method} ${c.req.path}`), 404))
  app.onError((err, c) => err instanceof HTTPException // e.g. malformed JSON: 400
    ? c.json(errorBody(err.status, err.message), err.status as ContentfulStatusCode)
    : c.json(errorBody(500, 'Internal server error'), 500)) // never the stack
  return app
}
// #endregion products-app
