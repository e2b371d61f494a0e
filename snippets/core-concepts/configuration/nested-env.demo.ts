import { loadSettings } from './merge-sources.ts'
import { nestEnv, NestedSettings } from './nested-env.ts'

const env = {
  DATABASE__URL: 'postgresql://localhost/app', DATABASE__POOL_SIZE: '20', REDIS__TTL: '7200',
  AUTH__SECRET_KEY: 'k'.repeat(32), AUTH__ACCESS_TOKEN_EXPIRE_MINUTES: '60',
  PATH: '/usr/bin', // unrelated: ignored
}
console.log(`top-level keys: ${Object.keys(nestEnv(env)).join(', ')}`)
const { database: db, redis, auth } = loadSettings(NestedSettings, { env })
console.log(`database.poolSize = ${db.poolSize}, poolTimeout = ${db.poolTimeout} (default)`)
console.log(`redis.ttl = ${redis.ttl}, auth token minutes = ${auth.accessTokenExpireMinutes}`)
console.log(`database.url = ${db.url}, auth.secretKey = ${auth.secretKey}`)
