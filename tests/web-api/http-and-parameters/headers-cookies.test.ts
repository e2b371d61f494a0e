import { describe, expect, it } from 'vitest'
import { cookiesApp, headersApp } from '../../../snippets/web-api/http-and-parameters/headers-cookies.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('headers', () => {
  it('a missing required x-custom-token is a 422 naming that header', async () => {
    const res = await headersApp.request('/whoami')
    expect(res.status).toBe(422)
    expect((await res.json()).details).toEqual([{ field: 'x-custom-token', message: expect.any(String) }])
  })

  it('finds the header whatever case the client sends', async () => {
    const res = await headersApp.request('/whoami', { headers: { 'X-Custom-Token': 'abc123' } })
    expect(res.status).toBe(200)
    expect((await res.json()).tokenLength).toBe(6)
  })

  it('an absent optional header is undefined (omitted from the JSON)', async () => {
    const res = await headersApp.request('/whoami', { headers: { 'x-custom-token': 't' } })
    const body = await res.json()
    expect(body).toEqual({ tokenLength: 1 })
    expect(Object.hasOwn(body, 'requestId')).toBe(false)
  })

  it('a present optional header is passed through', async () => {
    const res = await headersApp.request('/whoami', { headers: { 'x-custom-token': 't', 'X-Request-Id': 'r-1' } })
    expect(await res.json()).toEqual({ tokenLength: 1, requestId: 'r-1' })
  })

  it('never echoes the token value', async () => {
    const res = await headersApp.request('/whoami', { headers: { 'x-custom-token': 'super-secret' } })
    expect(await res.text()).not.toContain('super-secret')
  })
})

describe('cookies', () => {
  it('reads session=s1 through the cookie validator', async () => {
    const res = await cookiesApp.request('/me', { headers: { cookie: 'session=s1' } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ session: 's1' })
  })

  it('a missing required cookie is a 422 naming it', async () => {
    const res = await cookiesApp.request('/me', { headers: { cookie: 'theme=dark' } })
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('session')
  })

  it('an optional cookie outside its enum is a 422', async () => {
    const res = await cookiesApp.request('/me', { headers: { cookie: 'session=s1; theme=neon' } })
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('theme')
  })

  it('getCookie reads one cookie without a schema', async () => {
    expect(await (await cookiesApp.request('/theme', { headers: { cookie: 'theme=dark' } })).json()).toEqual({ theme: 'dark' })
    expect(await (await cookiesApp.request('/theme')).json()).toEqual({ theme: 'light' })
  })
})

describe('headers-cookies.demo', () => {
  it('prints the found header and the 422 for the missing one', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/headers-cookies.demo.ts'))
    expect(lines).toEqual([
      '→ GET /whoami', '  x-custom-token: abc123', '← 200 application/json', '  {"tokenLength":6}',
      '→ GET /whoami',
      '← 422 application/problem+json',
      '  {"type":"about:blank","title":"Unprocessable Content","status":422,',
      '   "detail":"Request validation failed","code":"VALIDATION_ERROR",',
      '   "details":[{"field":"x-custom-token","message":"Invalid input: expected string, received undefined"}]}',
    ])
  })
})
