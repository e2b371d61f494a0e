import { exchangePrinter } from './show-exchange.ts'
import { noReturnApp } from './no-return.ts'

const show = exchangePrinter(noReturnApp, console.log)
await show('/buggy/1')
await show('/fixed/1')
