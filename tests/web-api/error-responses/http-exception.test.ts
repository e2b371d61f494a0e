import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { bareApp } from '../../../snippets/web-api/error-responses/http-exception.ts'

describe('HTTPException without an error handler', () => {
  it('renders a thrown 404 as text/plain "User not found"', async () => {
    const res = await bareApp.request('/users/42')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type') ?? '').not.toMatch(/json/)
    expect(await res.text()).toBe('User not found')
  })

  it('keeps WWW-Authenticate: Bearer from a prepared 401 response', async () => {
    const res = await bareApp.request('/me')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(await res.text()).toBe('Unauthorized')
  })

  it('the demo shows three bodies, none of them JSON', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/http-exception.demo.ts'))
    expect(lines).toContain('← 404 text/plain')
    expect(lines).toContain('  User not found')
    expect(lines).toContain('  www-authenticate: Bearer')
    expect(lines).toContain('  404 Not Found')
  })
})
