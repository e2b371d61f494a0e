import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { bareApp } from './http-exception.ts'

const show = exchangePrinter(bareApp, console.log, { headers: ['www-authenticate'] })
await show('/users/42') // text, not JSON
await show('/me')
await show('/nowhere') // unmatched route: Hono's own 404
