import { describe, expect, it } from 'vitest'
import { createPatchApp } from './patch.ts'
import type { Product } from './patch.ts'

const ORIGINAL: Product = { id: 1, name: 'Pen', description: 'Blue ink', price: 2.5, discount: null }

// Eight payloads, sent one after the other to the same app: [payload, status, stored product after].
const STEPS: [name: string, payload: unknown, status: number, after: Product][] = [
  ['a new name only', { name: 'Pencil' }, 200, { ...ORIGINAL, name: 'Pencil' }],
  ['null clears the description', { description: null }, 200, { ...ORIGINAL, name: 'Pencil', description: null }],
  ['{} changes nothing', {}, 200, { ...ORIGINAL, name: 'Pencil', description: null }],
  ['null on price is refused', { price: null }, 422, { ...ORIGINAL, name: 'Pencil', description: null }],
  ['an unknown key is refused', { sku: 'PEN-1' }, 422, { ...ORIGINAL, name: 'Pencil', description: null }],
  ['two keys at once', { discount: 10, description: 'Red ink' }, 200, { ...ORIGINAL, name: 'Pencil', description: 'Red ink', discount: 10 }],
  ['constraints still hold', { price: 0 }, 422, { ...ORIGINAL, name: 'Pencil', description: 'Red ink', discount: 10 }],
  ['id is not patchable: nothing changes', { discount: null, id: 9 }, 422, { ...ORIGINAL, name: 'Pencil', description: 'Red ink', discount: 10 }],
]

describe('PATCH /products/1', () => {
  it('applies eight payloads in a row exactly as described', async () => {
    const app = createPatchApp()
    for (const [name, payload, status, after] of STEPS) {
      const res = await app.request('/products/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
      expect(res.status, name).toBe(status)
      if (status === 422)
        expect(res.headers.get('content-type'), name).toBe('application/problem+json')
      expect(await (await app.request('/products/1')).json(), name).toEqual(after)
    }
  })

  it('names the refused field', async () => {
    const res = await createPatchApp().request('/products/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"price":null,"sku":"X"}' })
    const body = await res.json() as { details: { field: string }[] }
    expect(body.details.map(d => d.field).sort()).toEqual(['price', 'sku'])
  })

  it('clears a nullable column with null', async () => {
    const app = createPatchApp()
    await app.request('/products/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"discount":5}' })
    await app.request('/products/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"discount":null}' })
    expect(await (await app.request('/products/1')).json()).toEqual(ORIGINAL)
  })
})
