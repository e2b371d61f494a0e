import { exchangePrinter } from './show-exchange.ts'
import { bodyApp, seenApp } from './body.ts'

const body = JSON.stringify({ name: 'Desk lamp', price: 25 })
const seen = exchangePrinter(seenApp, console.log)
await seen('/seen', { method: 'POST', body }) // fetch labels a string body text/plain
await seen('/seen', { method: 'POST', body, headers: { 'content-type': 'application/json' } })

const hooked = exchangePrinter(bodyApp, console.log)
await hooked('/products', { method: 'POST', body }) // the section's hook: 415
