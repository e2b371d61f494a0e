// Flags, CORS origins and a debug route, all driven by settings and nothing else.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { z } from 'zod'
import type { AppSettings } from './complete.ts'
import { jsonStringArray } from './settings-schema.ts'

// #region signup-flag
export const FeatureFlags = z.object({
  enableSignups: z.stringbool().default(true),
  enableDarkMode: z.stringbool().default(false),
  enableBetaFeatures: z.stringbool().default(false),
  maxUploadSizeMb: z.coerce.number().positive().default(10),
})

export function signupRoutes(flags: { readonly enableSignups: boolean }): Hono {
  const app = new Hono()
  app.post('/signup', c => (flags.enableSignups
    ? c.json({ created: true }, 201)
    : c.json({ error: 'Signups are disabled' }, 403)))
  return app
}
// #endregion signup-flag

// #region cors
export const CorsSettings = z.object({ corsOrigins: jsonStringArray.default([]) }) // CORS_ORIGINS='["https://app.example.com"]'

export function apiWithCors(settings: { readonly corsOrigins: readonly string[] }): Hono {
  const app = new Hono()
  app.use('/api/*', cors({ origin: [...settings.corsOrigins] })) // unknown origins get no CORS headers
  app.get('/api/ping', c => c.json({ pong: true }))
  return app
}
// #endregion cors

// #region debug-guard
export function debugRoutes(settings: AppSettings): Hono {
  const app = new Hono()
  app.get('/debug/config', (c) => {
    if (!settings.debug)
      return c.notFound() // the route does not exist outside debug mode
    // an allow-list of harmless fields, never the settings object itself
    const { environment, debug, logLevel, enableSignups, enableWebhooks } = settings
    return c.json({ environment, debug, logLevel, features: { enableSignups, enableWebhooks } })
  })
  return app
}
// #endregion debug-guard
