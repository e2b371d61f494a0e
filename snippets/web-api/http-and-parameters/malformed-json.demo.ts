import { exchangePrinter } from './show-exchange.ts'
import { bodyApp } from './body.ts'

const show = exchangePrinter(bodyApp, console.log)
await show('/products', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: '{"name": "Desk lamp",', // cut off
})
