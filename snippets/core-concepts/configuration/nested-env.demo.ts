import { loadSettings } from './merge-sources.ts'
import { nestEnv, NestedSettings } from './nested-env.ts'

const env = {
  DATABASE__URL: 'postgresql://localhost/app', DATABASE__POOL_SIZE: '20', DATABASE__ECHO: 'true',
  REDIS__TTL: '7200', AUTH__SECRET_KEY: 'k'.repeat(32), AUTH__ACCESS_TOKEN_EXPIRE_MINUTES: '60',
  PATH: '/usr/bin', // unrelated: ignored
}
console.log(`nested keys: ${JSON.stringify(Object.keys(nestEnv(env)))}`)
const { database, redis, auth } = loadSettings(NestedSettings, { env })
console.log(`database.poolSize = ${database.poolSize}, database.poolTimeout = ${database.poolTimeout} (default), database.echo = ${database.echo}`)
console.log(`redis.url = ${redis.url} (default), redis.ttl = ${redis.ttl}`)
console.log(`auth.algorithm = ${auth.algorithm} (default), auth.accessTokenExpireMinutes = ${auth.accessTokenExpireMinutes}`)
console.log(`database.url = ${database.url}, auth.secretKey = ${auth.secretKey}`)
