import { createDefaultApp } from './app.ts'

const app = createDefaultApp()
const idempotencyKey = '7d3c2a9e-1b4f-4e8a-9c6d-5f2e1a0b3c4d'
for (const quantity of [9, 1, 1]) { // too many, placed, the same order again
  const res = await app.request('/orders', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ productId: 'kbd-1', quantity, idempotencyKey }),
  })
  const body = await res.json() as { code?: string, detail?: string, details?: object[] }
  console.log(`quantity ${quantity} -> ${res.status} ${body.code ?? 'placed'} ${body.detail ?? ''}`.trimEnd())
  if (body.details?.length)
    console.log(`  details: ${JSON.stringify(body.details)}`)
}
