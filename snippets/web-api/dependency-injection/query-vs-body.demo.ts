import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { itemsApp } from './pagination.ts'

const show = exchangePrinter(itemsApp, console.log)
const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"page":5}' }
await show('/from-query?page=3', init) // same request...
await show('/from-body?page=3', init) // ...different target
