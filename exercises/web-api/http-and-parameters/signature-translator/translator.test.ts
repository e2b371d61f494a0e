import { describe, expect, it } from 'vitest'
import { translatorApp } from './translator.ts'

const JSON_TYPE = { 'content-type': 'application/json' }

const table: { name: string, path: string, init?: RequestInit, status: number, body?: unknown, field?: string }[] = [
  { name: '1 path int', path: '/items/42', status: 200, body: { itemId: 42 } },
  { name: '1 path int, not a number', path: '/items/lamp', status: 422, field: 'itemId' },
  { name: '2 query default', path: '/products', status: 200, body: { page: 1 } },
  { name: '2 query given', path: '/products?page=4', status: 200, body: { page: 4 } },
  { name: '2 query, not a number', path: '/products?page=four', status: 422, field: 'page' },
  { name: '3 header', path: '/me', init: { headers: { 'X-Token': 't-1' } }, status: 200, body: { token: 't-1' } },
  { name: '3 header missing', path: '/me', status: 422, field: 'x-token' },
  { name: '4 embedded body', path: '/users', init: { method: 'POST', headers: JSON_TYPE, body: '{"user":{"name":"ada"}}' }, status: 201, body: { name: 'ada' } },
  { name: '4 body not embedded', path: '/users', init: { method: 'POST', headers: JSON_TYPE, body: '{"name":"ada"}' }, status: 422, field: 'user' },
  { name: '5 cookie', path: '/prefs', init: { headers: { cookie: 'theme=dark' } }, status: 200, body: { theme: 'dark' } },
  { name: '5 cookie missing', path: '/prefs', status: 422, field: 'theme' },
]

describe('FastAPI signatures in Hono', () => {
  it.each(table)('$name → $status', async ({ path, init, status, body, field }) => {
    const res = await translatorApp.request(path, init)
    expect(res.status).toBe(status)
    const json = await res.json()
    if (body !== undefined)
      expect(json).toEqual(body)
    if (field !== undefined)
      expect(json.details[0].field).toBe(field)
  })
})
