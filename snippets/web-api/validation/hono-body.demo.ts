import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { productRoutes } from './hono-integration.ts'

const show = exchangePrinter(useProblemDetails(productRoutes()), console.log)
const headers = { 'content-type': 'application/json' }
await show('/products', { method: 'POST', headers, body: '{"name":"Pen","price":2.5,"category":"tools"}' })
await show('/products', { method: 'POST', headers, body: '{"name":"Pen","price":-1,"category":"tools"}' })
