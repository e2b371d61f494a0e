import { AppSettings } from './complete.ts'
import { createApp } from './get-settings.ts'
import { loadSettings } from './merge-sources.ts'

// Tests build their own settings: no process.env, no global.
const required = {
  DATABASE__URL: 'postgresql://test@localhost/test_db',
  AUTH__SECRET_KEY: 'test-secret-key-of-32-characters!',
}
const settingsWith = (overrides: Record<string, string>) =>
  loadSettings(AppSettings, { overrides: { ...required, ...overrides }, env: {} })

const dev = createApp({ settings: settingsWith({ DEBUG: 'true' }) })
const prod = createApp({ settings: settingsWith({ ENVIRONMENT: 'production' }) })
for (const app of [dev, prod]) {
  const res = await app.request('/info')
  console.log(`GET /info -> ${JSON.stringify(await res.json())}`)
}
