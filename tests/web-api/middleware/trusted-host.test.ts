import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { hostnameOf, trustedHost } from '../../../snippets/web-api/middleware/trusted-host.ts'

function appFor(allowed: readonly string[]) {
  const ran: string[] = []
  const app = new Hono().use(trustedHost(allowed)).get('/', (c) => {
    ran.push('handler')
    return c.text('ok')
  })
  return { app, ran }
}
const withHost = (host: string) => ({ headers: { Host: host } })

describe('trusted host', () => {
  const { app } = appFor(['api.example.com', '*.example.com'])

  it.each([
    ['api.example.com', 200],
    ['API.EXAMPLE.COM:443', 200],
    ['a.example.com', 200],
    ['deep.a.example.com', 200],
    ['evil.com', 400],
    ['example.com.evil.com', 400],
    ['notexample.com', 400],
  ])('Host %s -> %i', async (host, status) => {
    expect((await app.request('/', withHost(host))).status).toBe(status)
  })

  it('a wildcard matches subdomains only, not the bare domain', async () => {
    const { app: wildOnly } = appFor(['*.example.com'])
    expect((await wildOnly.request('/', withHost('example.com'))).status).toBe(400)
    expect((await wildOnly.request('/', withHost('a.example.com'))).status).toBe(200)
  })

  it('without a Host header, falls back to the URL host (HTTP/2 :authority): not allowed -> 400', async () => {
    const { app: strict, ran } = appFor(['api.example.com'])
    const missing = await strict.request('/') // no Host header; URL host is localhost
    expect(missing.status).toBe(400)
    expect(await missing.text()).toBe('Invalid host header')
    expect(ran).toEqual([]) // rejected before any work
    expect((await strict.request('http://api.example.com/')).status).toBe(200)
  })

  it('refuses ["*"], which would defeat the check', () => {
    expect(() => trustedHost(['*'])).toThrow(/allows every host/)
  })

  it('normalises host names', () => {
    expect(hostnameOf(' API.Example.com:8443 ')).toBe('api.example.com')
    expect(hostnameOf('[::1]:8080')).toBe('[::1]')
  })
})
