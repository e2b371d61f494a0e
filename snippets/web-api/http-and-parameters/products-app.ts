// The section's running example: every route of this deck mounted on one products app, with
// the guards a public endpoint needs: a body size limit and one error shape for everything
// (RFC 9457 problem details from web-api/error-responses, also for 404, bad JSON and 413).
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { type ProblemDetailsOptions, useProblemDetails } from '../error-responses/error-handler.ts'
import { bodyApp } from './body.ts'
import { cookiesApp, headersApp } from './headers-cookies.ts'
import { mixedApp } from './mixed.ts'
import { typedPathApp } from './path-params.ts'
import { filtersApp, paginationApp } from './query-params.ts'

/** Largest body the products API accepts; bigger requests get 413 before anything parses them. */
export const MAX_BODY_BYTES = 16 * 1024

// #region products-app
export function createProductsApp(errors: ProblemDetailsOptions = {}) {
  const app = new Hono()
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES })) // throws HTTPException(413)
  const routers = [typedPathApp, paginationApp, filtersApp, headersApp, cookiesApp, bodyApp]
  for (const routes of [...routers, mixedApp])
    app.route('/', routes) // every route of this deck, mounted at /
  return useProblemDetails(app, errors) // onError + notFound: problem+json, never a stack
}
// #endregion products-app
