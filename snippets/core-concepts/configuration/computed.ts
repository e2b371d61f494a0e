// pydantic's computed_field: values derived from other settings, computed once at load time.
import { Hono } from 'hono'
import { z } from 'zod'

export const Environment = z.enum(['development', 'staging', 'production'])

// #region derived
type Env = { environment: z.output<typeof Environment> }

export const withDerived = <T extends Env>(s: T) => ({
  ...s,
  isProduction: s.environment === 'production',
  isDevelopment: s.environment === 'development',
})
// AppSettings = z.object({...}).transform(withDerived)

export function docsRoutes(s: { isProduction: boolean }) {
  const app = new Hono()
  if (!s.isProduction) // FastAPI: docs_url=None
    app.get('/docs', c => c.html('<h1>API docs</h1>'))
  return app
}
// #endregion derived

export const ProfileSettings = z.object({ environment: Environment.default('development') }).transform(withDerived)
