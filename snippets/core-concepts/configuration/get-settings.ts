// Load once, inject everywhere: the @lru_cache + Depends(get_settings) pattern without globals.
import { Hono } from 'hono'
import type { AppSettings } from './complete.ts'

// #region memo
/** The first call loads, parses and validates; every later call returns the same object. */
export function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined
  return () => (loaded ??= { value: load() }).value // a failed load is not cached
}

// src/config.ts: export const getSettings = once(() => loadSettingsFromDisk(AppSettings))
// (an ES module is evaluated once per process: this accessor is the singleton)
// #endregion memo

// #region inject
export type SettingsEnv = { Variables: { settings: AppSettings } }

export function createApp({ settings }: { settings: AppSettings }): Hono<SettingsEnv> {
  const app = new Hono<SettingsEnv>()
  app.use(async (c, next) => {
    c.set('settings', settings) // handlers read c.var.settings, never process.env
    await next()
  })
  app.get('/info', (c) => {
    const { environment, debug } = c.var.settings
    return c.json({ environment, debug })
  })
  return app
}
// #endregion inject
