import { createCatalogApp } from './catalog-app.ts'

const app = createCatalogApp({ now: () => '2025-01-01T00:00:00Z' })
const json = (method: string, body: object) =>
  ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const pen = { name: 'Pen', description: 'Blue', price: 2.5, category_id: 1 }
await app.request('/products', json('POST', pen))
for (const patch of [{ price: 3 }, { description: null }, {}, { sku: 'X' }]) {
  const res = await app.request('/products/1', json('PATCH', patch))
  const { price, description, code } = await res.json() as Record<string, unknown>
  const shown = code ? `${code}` : JSON.stringify({ description, price })
  console.log(`PATCH ${JSON.stringify(patch).padEnd(20)} -> ${res.status} ${shown}`)
}
