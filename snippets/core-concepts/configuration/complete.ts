// The complete example: every setting of the app in one schema, and the app built from it.
import { Hono } from 'hono'
import { z } from 'zod'
import { docsRoutes, Environment, withDerived } from './computed.ts'
import type { DeepReadonly } from './frozen.ts'
import { AuthSettings, DatabaseSettings, RedisSettings } from './nested-env.ts'
import { secret } from './secret.ts'
import { logLevel, port } from './settings-schema.ts'

// #region config
export const AppSettingsShape = z.object({
  environment: Environment.default('development'),
  debug: z.stringbool().default(false),
  appName: z.string().min(1).default('myapp'),
  logLevel: logLevel.prefault('INFO'),
  host: z.string().default('0.0.0.0'),
  port: port.default(8000),
  workers: z.coerce.number().int().min(1).default(1),
  database: DatabaseSettings, // DATABASE__URL, ...
  auth: AuthSettings, // AUTH__SECRET_KEY: no default
  redis: RedisSettings,
  sentryDsn: secret().optional(), // unset: no tracking
  paymentKey: secret().optional(),
  enableSignups: z.stringbool().default(true),
  enableWebhooks: z.stringbool().default(false),
})
export const AppSettings = AppSettingsShape.transform(withDerived)
// #endregion config
export type AppSettings = DeepReadonly<z.output<typeof AppSettings>>

// #region app
export function createApp(settings: AppSettings) {
  const app = new Hono()
  app.get('/health', c => c.json({
    status: 'ok',
    environment: settings.environment,
  }))
  // no /docs in production
  app.route('/', docsRoutes(settings))
  return app
}
// #endregion app
