import { loadSettings } from './merge-sources.ts'
import { nestEnv, NestedSettings } from './nested-env.ts'

const env = {
  DATABASE__URL: 'postgresql://localhost/app',
  DATABASE__POOL_SIZE: '20',
  DATABASE__ECHO: 'true',
  REDIS__TTL: '7200',
  AUTH__SECRET_KEY: 'k'.repeat(32),
  AUTH__ACCESS_TOKEN_EXPIRE_MINUTES: '60',
  PATH: '/usr/bin', // unrelated: ignored
}
console.log(`keys: ${Object.keys(nestEnv(env)).join(', ')}`)
const { database: db, redis, auth } = loadSettings(NestedSettings, { env })
console.log(`database.poolSize = ${db.poolSize}`)
console.log(`database.poolTimeout = ${db.poolTimeout} (default)`)
console.log(`redis.url = ${redis.url} (default)`)
console.log(`redis.ttl = ${redis.ttl}`)
console.log(`auth.accessTokenExpireMinutes = ${auth.accessTokenExpireMinutes}`)
console.log(`database.url = ${db.url}, auth.secretKey = ${auth.secretKey}`)
