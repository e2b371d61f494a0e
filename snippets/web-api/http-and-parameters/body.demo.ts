import { exchangePrinter } from './show-exchange.ts'
import { bodyApp } from './body.ts'

const show = exchangePrinter(bodyApp, console.log)
const headers = { 'content-type': 'application/json' }
await show('/products', { method: 'POST', headers, body: '{"name":"Desk lamp","price":25}' })
