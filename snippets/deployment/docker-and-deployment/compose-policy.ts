// The Compose stack checked as data: parse the YAML, then assert the structure the deck teaches.
// Node only (reads files).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'

export const KIT_COMPOSE = new URL('./docker-compose.yml', import.meta.url)

const Healthcheck = z.object({ interval: z.string(), timeout: z.string(), retries: z.number(),
  start_period: z.string().optional() })
const Service = z.object({
  depends_on: z.union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string() }))]).optional(),
  environment: z.union([z.array(z.string()), z.record(z.string(), z.union([z.string(), z.number()]))]).optional(),
  healthcheck: Healthcheck.optional(),
})
export const ComposeFile = z.object({
  services: z.record(z.string(), Service),
  volumes: z.record(z.string(), z.unknown().nullable()).optional(),
})
export type ComposeFile = z.infer<typeof ComposeFile>

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|API_KEY/i
const PASSWORD_IN_URL = /:\/\/[^:/@]+:[^@]+@/ // scheme://user:password@host

/** `environment` as a map or as a list of `KEY=value` strings. */
const envEntries = (env: z.infer<typeof Service>['environment'] = {}): [string, string][] =>
  (Array.isArray(env) ? env.map(kv => [kv.split('=')[0] ?? '', kv.slice(kv.indexOf('=') + 1)])
    : Object.entries(env).map(([k, v]) => [k, String(v)]))

// #region services
export function checkCompose(text: string): string[] {
  const { services, volumes = {} } = ComposeFile.parse(parse(text))
  const found: string[] = []
  const deps = services.app?.depends_on
  for (const dep of ['db', 'redis']) {
    const condition = Array.isArray(deps) ? undefined : deps?.[dep]?.condition
    if (condition !== 'service_healthy') found.push(`app must wait for ${dep}: service_healthy`)
    const hc = services[dep]?.healthcheck
    if (hc?.interval !== '5s' || hc.timeout !== '3s' || hc.retries !== 5)
      found.push(`${dep} health check must be 5s / 3s / 5 retries`)
  }
  for (const name of ['postgres_data', 'redis_data'])
    if (!(name in volumes)) found.push(`named volume ${name} is missing`)
  for (const [service, { environment }] of Object.entries(services))
    for (const [key, value] of envEntries(environment)) // *_FILE points at a mounted secret
      if ((SECRET_NAME.test(key) && !key.endsWith('_FILE')) || PASSWORD_IN_URL.test(value))
        found.push(`${service}: secret inline in environment (${key})`)
  return found
}
// #endregion services

export const readComposeProblems = (file: URL | string = KIT_COMPOSE) => checkCompose(readFileSync(file, 'utf8'))
