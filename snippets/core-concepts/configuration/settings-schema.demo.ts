import { loadSettings } from './merge-sources.ts'
import { BasicSettings } from './settings-schema.ts'

// The environment has only the two required variables; the rest are defaults.
const env = { DATABASE_URL: 'postgresql://localhost:5432/myapp', API_KEY: 'dev-key', PATH: '/usr/bin' }
const settings = loadSettings(BasicSettings, { env })

console.log(`databaseUrl    = ${settings.databaseUrl}`)
console.log(`redisUrl       = ${settings.redisUrl}  (default)`)
console.log(`debug          = ${settings.debug}  (default, a real boolean)`)
console.log(`maxConnections = ${settings.maxConnections}  (default, a real number)`)
