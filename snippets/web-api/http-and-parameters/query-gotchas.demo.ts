import { exchangePrinter } from './show-exchange.ts'
import { filtersApp } from './query-params.ts'

const show = exchangePrinter(filtersApp, console.log)
await show('/search?naive=false&inStock=false') // (b) booleans
await show('/search?page=') // (c) empty value
await show('/search?tag=a') // (d) one tag
await show('/search?tag=a&tag=b') //     two tags
