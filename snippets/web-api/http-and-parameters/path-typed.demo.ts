import { exchangePrinter } from './show-exchange.ts'
import { regexPathApp, typedPathApp } from './path-params.ts'

const typed = exchangePrinter(typedPathApp, console.log)
await typed('/users/42/products/7')
await typed('/users/abc/products/7')

const regex = exchangePrinter(regexPathApp, console.log)
await regex('/users/abc')
