import { exchangePrinter } from './show-exchange.ts'
import { headersApp } from './headers-cookies.ts'

const show = exchangePrinter(headersApp, console.log)
await show('/whoami', { headers: { 'X-Custom-Token': 'abc123' } }) // any case works
await show('/whoami') // the required header is missing
