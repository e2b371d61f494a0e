import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { useProblemDetails } from './error-handler.ts'
import { Ledger, transferRoutes } from './local-catch.ts'

const show = exchangePrinter(useProblemDetails(transferRoutes(new Ledger())), console.log)
const transfer = (from: string, to: string) => show('/transfers', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, to, cents: 500 }),
})
await transfer('acc-1', 'acc-2') // 400 INSUFFICIENT_FUNDS + balance
await transfer('acc-9', 'acc-2') // 404 from the global handler
