// The only place that reads the environment, creates long-lived resources ONCE, starts a real
// server and handles SIGTERM. Everything below it (createApp) is plain, testable wiring. Node only.
import { z } from 'zod'
import { listen, type Listening } from '../http-and-parameters/listen.ts'
import { createApp, type Deps, inMemoryUserRepo } from './container.ts'
import { createCountingPool } from './handle-scope.ts'

// #region settings
/** `get_settings()`: parsed once at startup, then passed in; a bad value stops the boot. */
export const settingsSchema = z.object({
  APP_NAME: z.string().min(1).default('products'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(16 * 1024),
})
// #endregion settings

export interface Running extends Listening { deps: Deps }

// #region server
export async function start(env: Record<string, string | undefined>): Promise<Running> {
  const config = settingsSchema.parse(env)
  const deps: Deps = { // created once for the process, never per request
    settings: { appName: config.APP_NAME, maxBodyBytes: config.MAX_BODY_BYTES },
    db: createCountingPool(), // production: a pg Pool, closed on shutdown
    clock: { now: () => new Date() },
    userRepo: inMemoryUserRepo(),
  }
  const server = await listen(createApp(deps), config.PORT)
  const close = async () => {
    process.off('SIGTERM', close)
    await server.close() // then close the pool and clients, in reverse order of creation
  }
  process.once('SIGTERM', close)
  return { ...server, close, deps }
}
// #endregion server
