import { AppSettings } from './complete.ts'
import { createApp } from './get-settings.ts'
import { loadSettings } from './merge-sources.ts'

// tests build their own settings: no process.env, no global state
const required = {
  DATABASE__URL: 'postgresql://test@localhost/test_db',
  AUTH__SECRET_KEY: 'test-secret-key-of-32-characters!',
}
const settingsWith = (overrides: Record<string, string>) =>
  loadSettings(AppSettings, { overrides: { ...required, ...overrides }, env: {} })
const variants: Record<string, string>[] = [{ DEBUG: 'true' }, { ENVIRONMENT: 'production' }]
for (const overrides of variants) {
  const res = await createApp({ settings: settingsWith(overrides) }).request('/info')
  console.log(`GET /info -> ${JSON.stringify(await res.json())}`)
}
