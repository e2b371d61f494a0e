import { loadSettings } from './merge-sources.ts'
import { BasicSettings } from './settings-schema.ts'

// Only the two required variables are set.
const env = {
  DATABASE_URL: 'postgresql://localhost:5432/myapp',
  API_KEY: 'dev-key',
  PATH: '/usr/bin', // unrelated: ignored
}
const s = loadSettings(BasicSettings, { env })

console.log(`databaseUrl    = ${s.databaseUrl}`)
console.log(`redisUrl       = ${s.redisUrl}  (default)`)
console.log(`debug          = ${s.debug}  (default, a boolean)`)
console.log(`maxConnections = ${s.maxConnections}  (default, a number)`)
