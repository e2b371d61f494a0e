// Load once, inject everywhere: the @lru_cache + Depends(get_settings) pattern without globals.
import { Hono } from 'hono'
import type { AppSettings } from './complete.ts'

// #region memo
/** The first call loads and validates; later calls reuse it. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined
  // a failed load is not cached: the next call retries
  return () => (loaded ??= { value: load() }).value
}

// src/config.ts:
// export const getSettings =
//   once(() => loadSettingsFromDisk(AppSettings))
// (a module is evaluated once per process)
// #endregion memo

// #region inject
export type SettingsEnv = {
  Variables: { settings: AppSettings }
}

export function createApp({ settings }: { settings: AppSettings }) {
  const app = new Hono<SettingsEnv>()
  app.use(async (c, next) => {
    c.set('settings', settings) // never process.env
    await next()
  })
  app.get('/info', (c) => {
    const { environment, debug } = c.var.settings
    return c.json({ environment, debug })
  })
  return app
}
// #endregion inject
