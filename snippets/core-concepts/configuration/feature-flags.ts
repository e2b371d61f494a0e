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

export function signupRoutes(flags: { enableSignups: boolean }) {
  const app = new Hono()
  app.post('/signup', c => (flags.enableSignups
    ? c.json({ created: true }, 201)
    : c.json({ error: 'Signups are disabled' }, 403)))
  return app
}
// #endregion signup-flag

// #region cors
// CORS_ORIGINS='["https://app.example.com"]'
export const CorsSettings = z.object({
  corsOrigins: jsonStringArray.default([]),
})

export function apiWithCors(s: { corsOrigins: readonly string[] }) {
  const app = new Hono()
  // unknown origins get no CORS headers
  app.use('/api/*', cors({ origin: [...s.corsOrigins] }))
  app.get('/api/ping', c => c.json({ pong: true }))
  return app
}
// #endregion cors

// #region debug-guard
export function debugRoutes(settings: AppSettings) {
  const app = new Hono()
  app.get('/debug/config', (c) => {
    if (!settings.debug)
      return c.notFound() // no such route outside debug
    // an allow-list, never the settings object itself
    const { environment, debug, logLevel } = settings
    const { enableSignups, enableWebhooks } = settings
    const features = { enableSignups, enableWebhooks }
    return c.json({ environment, debug, logLevel, features })
  })
  return app
}
// #endregion debug-guard
