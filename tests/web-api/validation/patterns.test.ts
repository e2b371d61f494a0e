import { describe, expect, it } from 'vitest'
import {
  apiObject, applyPatch, paginated, ProductCreate, ProductResponse, ProductUpdate, UserCreate, UserResponse, UserUpdate,
} from '../../../snippets/web-api/validation/patterns.ts'
import { z } from '@hono/zod-openapi'

const NOW = '2025-01-01T00:00:00.000Z'
const stored = ProductResponse.parse({ id: 1, name: 'Pen', description: 'Blue', price: 2.5, category_id: 1, created_at: NOW, updated_at: NOW })

describe('schemas per operation', () => {
  it('create rejects a client-sent id; the response contains created_at and no password', () => {
    expect(UserCreate.safeParse({ id: 'x', name: 'Ada', email: 'ada@example.com', password: 'correct horse' }).success).toBe(false)
    const out = UserResponse.parse({ id: '3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b', name: 'Ada', email: 'ada@example.com', created_at: NOW, password: 'x' })
    expect(out).toHaveProperty('created_at')
    expect(out).not.toHaveProperty('password')
    expect(UserUpdate.parse({})).toEqual({})
    expect(ProductCreate.safeParse({ id: 1, name: 'Pen', price: 1, category_id: 1 }).success).toBe(false)
  })

  it('apiObject trims strings and refuses unknown keys', () => {
    const Schema = apiObject({ name: z.string().min(1) })
    expect(Schema.parse({ name: '  Ada ' })).toEqual({ name: 'Ada' })
    expect(Schema.safeParse({ name: '   ' }).success).toBe(false)
    expect(Schema.safeParse({ name: 'Ada', role: 'admin' }).success).toBe(false)
  })

  it('the update schema keeps the constraints of the base', () => {
    expect(ProductUpdate.safeParse({ price: 0 }).success).toBe(false)
    expect(ProductUpdate.safeParse({ name: 'x'.repeat(201) }).success).toBe(false)
  })
})

describe('PATCH semantics', () => {
  it('{name} updates only name', () => {
    const later = '2025-02-01T00:00:00.000Z'
    expect(applyPatch(stored, ProductUpdate.parse({ name: 'Pencil' }), later)).toEqual({ ...stored, name: 'Pencil', updated_at: later })
  })

  it('{description: null} clears it; {} changes nothing but updated_at', () => {
    expect(applyPatch(stored, ProductUpdate.parse({ description: null }), NOW).description).toBeNull()
    expect(applyPatch(stored, ProductUpdate.parse({}), NOW)).toEqual(stored)
  })

  it('an unknown key or null on a non-nullable column is refused', () => {
    expect(ProductUpdate.safeParse({ sku: 'X' }).error?.issues[0]?.code).toBe('unrecognized_keys')
    expect(ProductUpdate.safeParse({ price: null }).success).toBe(false)
  })
})

describe('generic pagination', () => {
  const Page = paginated(ProductResponse)
  it('validates a page and defaults page_size to 20', () => {
    expect(Page.parse({ items: [stored], total: 1, page: 1, total_pages: 1 }).page_size).toBe(20)
  })

  it('rejects an item missing id', () => {
    const { id: _id, ...withoutId } = stored
    const r = Page.safeParse({ items: [withoutId], total: 1, page: 1, page_size: 20, total_pages: 1 })
    expect(r.error?.issues[0]?.path).toEqual(['items', 0, 'id'])
  })
})
