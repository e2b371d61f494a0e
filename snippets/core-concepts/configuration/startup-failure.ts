// The entry point: settings first, then the logger, then the app, then the port.
// Invalid configuration stops the process here, with every problem listed, before anything listens.
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createLogger } from '../structured-logging/create-logger.ts'
import { AppSettings, createApp } from './complete.ts'
import { loadSettingsFromDisk } from './load-settings.ts'
import { ConfigError } from './merge-sources.ts'

const loggerSettings = (s: AppSettings) => ({
  environment: s.environment, level: s.logLevel, service: s.appName, version: '1.0.0',
})

// #region fail-fast
export function main(): void {
  let settings: AppSettings
  try {
    settings = loadSettingsFromDisk(AppSettings)
  }
  catch (err) {
    if (!(err instanceof ConfigError))
      throw err
    console.error(err.message) // every problem, no values
    process.exit(1) // before any port is bound
  }
  const log = createLogger(loggerSettings(settings))
  log.info({ config: settings }, 'settings_loaded') // [REDACTED]
  const { host: hostname, port } = settings
  const app = createApp(settings)
  serve({ fetch: app.fetch, hostname, port },
    () => log.info({ port }, 'server_listening'))
}
// #endregion fail-fast

/** This file, for the tests and the demo that spawn it. */
export const ENTRY_FILE = fileURLToPath(import.meta.url)

/** Starts this entry point as a real process with exactly `env` (no .env in its folder) and waits. */
export const startWith = (env: Record<string, string>) =>
  spawnSync(process.execPath, [ENTRY_FILE], { cwd: tmpdir(), env, encoding: 'utf8', timeout: 15_000 })

if (import.meta.main)
  main()
