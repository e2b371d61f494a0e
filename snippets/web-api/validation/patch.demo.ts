import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { createCatalogApp } from './catalog-app.ts'

const app = createCatalogApp({ now: () => '2025-01-01T00:00:00Z' })
const json = (method: string, body: object) =>
  ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
await app.request('/products', json('POST', { name: 'Pen', description: 'Blue', price: 2.5, category_id: 1 }))
const show = exchangePrinter(app, console.log)
for (const patch of [{ price: 3 }, { description: null }, {}]) // changed, cleared, untouched
  await show('/products/1', json('PATCH', patch))
