import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { itemsApp } from './pagination.ts'

const show = exchangePrinter(itemsApp, console.log)
await show('/items?page=3')
await show('/orders?limit=5')
await show('/search?q=lamp&skip=20')
