import { AppSettings } from './complete.ts'
import { createApp } from './get-settings.ts'
import { loadSettings } from './merge-sources.ts'

// Tests build their own settings: no process.env, no global to reset afterwards.
const required = { DATABASE__URL: 'postgresql://test@localhost/test_db', AUTH__SECRET_KEY: 'test-secret-key-of-32-characters!' }
const dev = loadSettings(AppSettings, { overrides: { ...required, DEBUG: 'true' }, env: {} })
const prod = loadSettings(AppSettings, { overrides: { ...required, ENVIRONMENT: 'production' }, env: {} })

for (const app of [createApp({ settings: dev }), createApp({ settings: prod })]) {
  const res = await app.request('/info')
  console.log(`GET /info -> ${res.status} ${JSON.stringify(await res.json())}`)
}
