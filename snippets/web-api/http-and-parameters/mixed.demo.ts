import { exchangePrinter } from './show-exchange.ts'
import { mixedApp } from './mixed.ts'

const show = exchangePrinter(mixedApp, console.log)
await show('/users/42/items/7?q=blue', {
  method: 'PUT',
  headers: { 'authorization': 'Bearer abc123', 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'Desk lamp', price: 25 }),
})
