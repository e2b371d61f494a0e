import { exchangePrinter } from './show-exchange.ts'
import { bodyApp } from './body.ts'

const show = exchangePrinter(bodyApp, console.log)
const body = JSON.stringify({ name: 'Desk lamp', price: 25 })
await show('/products', { method: 'POST', body }) // fetch labels a string body text/plain
await show('/v2/products', { method: 'POST', body }) // the guarded route
