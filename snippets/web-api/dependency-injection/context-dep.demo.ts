import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { contextApp } from './request-scope.ts'

const show = exchangePrinter(contextApp, console.log)
await show('/users/42', { headers: { authorization: 'Bearer abc123' } })
await show('/users/42', { headers: { token: 'Bearer abc123' } }) // FastAPI's `token` header
