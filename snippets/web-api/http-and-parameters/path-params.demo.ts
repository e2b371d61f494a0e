import { exchangePrinter } from './show-exchange.ts'
import { rawPathApp } from './path-params.ts'

const show = exchangePrinter(rawPathApp, console.log)
await show('/users/42/products/7')
