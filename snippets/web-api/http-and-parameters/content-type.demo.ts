import { exchangePrinter } from './show-exchange.ts'
import { bodyApp, seenApp } from './body.ts'

const body = JSON.stringify({ name: 'Desk lamp', price: 25 }) // fetch labels it text/plain
await exchangePrinter(seenApp, console.log)('/seen', { method: 'POST', body })
await exchangePrinter(bodyApp, console.log)('/products', { method: 'POST', body })
