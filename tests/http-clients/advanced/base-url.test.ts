import { describe, expect, it } from 'vitest'
import { joinUrl } from '../../../snippets/http-clients/advanced/base-url.ts'

describe('joinUrl', () => {
  const base = 'https://api.example.com/v1'
  it('appends to the base path instead of replacing it', () => {
    expect(joinUrl(base, '/users')).toBe('https://api.example.com/v1/users')
    expect(joinUrl(base, 'users')).toBe('https://api.example.com/v1/users')
  })
  it('shows the pitfall: new URL with a leading slash drops /v1', () => {
    expect(new URL('/users', base).href).toBe('https://api.example.com/users')
  })
  it('normalises duplicate slashes and keeps the query string', () => {
    expect(joinUrl(`${base}/`, '//users//42?q=a/b')).toBe('https://api.example.com/v1/users/42?q=a/b')
  })
  it('rejects an absolute URL unless explicitly allowed', () => {
    expect(() => joinUrl(base, 'https://evil.example/x')).toThrow(/absolute URL not allowed/)
    expect(joinUrl(base, 'https://other.example/x', { allowAbsolute: true })).toBe('https://other.example/x')
  })
})
