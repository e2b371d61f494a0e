import { loadSettings } from './merge-sources.ts'
import { BasicSettings } from './settings-schema.ts'

const s = loadSettings(BasicSettings, {
  overrides: { API_KEY: 'from-override' },
  env: { API_KEY: 'from-env', DEBUG: 'true' },
  dotenv: [{ DATABASE_URL: 'postgresql://dotenv/app', DEBUG: 'false', MAX_CONNECTIONS: '5' }, // .env
    { DATABASE_URL: 'postgresql://dotenv-local/app', MAX_CONNECTIONS: '' }], // .env.local
})
console.log(`apiKey = ${s.apiKey} (override beats env), debug = ${s.debug} (env beats .env)`)
console.log(`databaseUrl = ${s.databaseUrl} (.env.local beats .env)`)
console.log(`maxConnections = ${s.maxConnections} (empty in .env.local = unset)`)
console.log(`redisUrl = ${s.redisUrl} (default)`)
