import { exchangePrinter } from './show-exchange.ts'
import { filtersApp } from './query-params.ts'

const show = exchangePrinter(filtersApp, console.log)
await show('/search?naive=false&inStock=false&tag=a') // (b) booleans, (d) one tag
await show('/search?tag=a&tag=b') // (d) two tags
await show('/search?page=') // (c) empty value
