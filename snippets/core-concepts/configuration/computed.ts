// pydantic's computed_field: values derived from other settings, computed once at load time.
import { Hono } from 'hono'
import { z } from 'zod'

export const Environment = z.enum(['development', 'staging', 'production'])

// #region derived
export const withDerived = <T extends { environment: z.output<typeof Environment> }>(settings: T) => ({
  ...settings,
  isProduction: settings.environment === 'production',
  isDevelopment: settings.environment === 'development',
})

// AppSettings = z.object({ ... }).transform(withDerived)   (see complete.ts)

export function docsRoutes(settings: { readonly isProduction: boolean }): Hono {
  const app = new Hono()
  if (!settings.isProduction) // FastAPI's docs_url=None in production
    app.get('/docs', c => c.html('<h1>API docs</h1>'))
  return app
}
// #endregion derived

export const ProfileSettings = z.object({ environment: Environment.default('development') }).transform(withDerived)
