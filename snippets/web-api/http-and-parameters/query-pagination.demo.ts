import { exchangePrinter } from './show-exchange.ts'
import { paginationApp } from './query-params.ts'

const show = exchangePrinter(paginationApp, console.log)
await show('/items?page=2')
await show('/items')
await show('/items?limit=500')
