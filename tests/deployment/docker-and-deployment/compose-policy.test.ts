import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkCompose, ComposeFile, KIT_COMPOSE, readComposeProblems }
  from '../../../snippets/deployment/docker-and-deployment/compose-policy.ts'

const text = readFileSync(KIT_COMPOSE, 'utf8')

describe('docker-compose.yml policy', () => {
  it('the kit stack passes', () => {
    expect(readComposeProblems()).toEqual([])
  })
  it('app waits for healthy db and redis; app health check is 10s / 5s / 3 retries / 10s start', () => {
    const { services } = ComposeFile.parse(parse(text))
    expect(services.app?.depends_on).toEqual({ db: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })
    expect(services.app?.healthcheck).toMatchObject({ interval: '10s', timeout: '5s', retries: 3, start_period: '10s' })
    expect(services.app?.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379/0' })
  })
  it('fails a stack with plain depends_on, inline secrets and no named volumes', () => {
    const broken = readFileSync(new URL('../../../snippets/deployment/docker-and-deployment/fixtures/docker-compose.broken.yml', import.meta.url), 'utf8')
    expect(checkCompose(broken)).toEqual([
      'app must wait for db: service_healthy', 'db health check must be 5s / 3s / 5 retries',
      'app must wait for redis: service_healthy', 'redis health check must be 5s / 3s / 5 retries',
      'named volume postgres_data is missing', 'named volume redis_data is missing',
      'app: secret inline in environment (DATABASE_URL)', 'app: secret inline in environment (API_KEY)',
      'db: secret inline in environment (POSTGRES_PASSWORD)'])
  })
  it('catches a secret in the list form of environment too', () => {
    const list = text.replace('LOG_LEVEL: debug', 'LOG_LEVEL: debug\n      SECRET_KEY: abc')
    expect(checkCompose(list)).toEqual(['app: secret inline in environment (SECRET_KEY)'])
  })
})
