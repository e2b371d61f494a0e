import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { createDefaultApp } from './app.ts'

const show = exchangePrinter(createDefaultApp(), console.log)
const order = (body: object) => show('/orders', {
  method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' }, body: JSON.stringify(body),
})
const key = '7d3c2a9e-1b4f-4e8a-9c6d-5f2e1a0b3c4d'
await order({ productId: 'kbd-1', quantity: 9, idempotencyKey: key }) // business rule -> 422
await order({ productId: 'kbd-1', quantity: 1, idempotencyKey: key }) // placed -> 201
await order({ productId: 'kbd-1', quantity: 1, idempotencyKey: key }) // duplicate -> 409
