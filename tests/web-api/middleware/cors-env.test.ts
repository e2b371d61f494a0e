import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { describe, expect, it } from 'vitest'
import { corsFromEnv, ORIGINS } from '../../../snippets/web-api/middleware/cors-env.ts'
import { captureConsole } from '../../support/capture-console.ts'

const ALL = [...new Set(Object.values(ORIGINS).flat()), 'https://evil.example']
const appFor = (env: Record<string, string | undefined>) =>
  new Hono().use(corsFromEnv(env)).get('/', c => c.text('ok'))

async function allowedOrigins(env: Record<string, string | undefined>) {
  const app = appFor(env)
  const allowed: string[] = []
  for (const origin of ALL) {
    const res = await app.request('/', { headers: { Origin: origin } })
    const header = res.headers.get('Access-Control-Allow-Origin')
    if (header) {
      expect(header).toBe(origin) // echoed, never *
      allowed.push(origin)
    }
  }
  return allowed
}

describe('environment-aware CORS', () => {
  it.each([
    ['production', ['https://app.example.com']],
    ['staging', ['https://staging.example.com', 'https://preview.example.com']],
    ['development', ['http://localhost:3000', 'http://localhost:5173']],
    ['qa-typo', []],
  ])('%s allows exactly its origins', async (ENVIRONMENT, expected) => {
    expect(await allowedOrigins({ ENVIRONMENT })).toEqual(expected)
  })

  it('defaults to development when ENVIRONMENT is unset', async () => {
    expect(await allowedOrigins({})).toEqual(['http://localhost:3000', 'http://localhost:5173'])
  })

  it('exposes X-Request-Id and Server-Timing; sends credentials', async () => {
    const res = await appFor({ ENVIRONMENT: 'production' }).request('/', { headers: { Origin: 'https://app.example.com' } })
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('X-Request-Id,Server-Timing')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBe('true')
  })

  it('answers a preflight with Max-Age 600 and the configured methods and headers', async () => {
    const res = await appFor({ ENVIRONMENT: 'production' }).request('/', {
      method: 'OPTIONS',
      headers: { 'Origin': 'https://app.example.com', 'Access-Control-Request-Method': 'PUT' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600')
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,POST,PUT,DELETE')
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('Authorization,Content-Type')
  })

  it('pins hono/cors defaults quoted on the slide (origin *, all methods, headers echoed, no max-age)', async () => {
    const app = new Hono().use(cors()).get('/', c => c.text('ok'))
    const res = await app.request('/', {
      method: 'OPTIONS',
      headers: { 'Origin': 'https://any.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'X-Foo' },
    })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,PUT,POST,DELETE,PATCH,QUERY')
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('X-Foo')
    expect(res.headers.has('Access-Control-Max-Age')).toBe(false)
    expect(res.headers.has('Access-Control-Allow-Credentials')).toBe(false)
    expect(res.headers.has('Access-Control-Expose-Headers')).toBe(false)
  })

  it('demo prints allowed and blocked origins per environment', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/cors-env.demo.ts'))
    expect(lines).toEqual([
      'production https://app.example.com -> https://app.example.com',
      'production https://preview.example.com -> blocked',
      'staging https://app.example.com -> blocked',
      'staging https://preview.example.com -> https://preview.example.com',
      'qa-typo https://app.example.com -> blocked',
      'qa-typo https://preview.example.com -> blocked',
    ])
  })
})
