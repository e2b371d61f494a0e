import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { productRoutes } from './hono-integration.ts'

const show = exchangePrinter(useProblemDetails(productRoutes()), console.log)
const post = (body: string) => show('/products', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
await post('{"name":"Keyboard","price":99.99,"category":"tools"}')
await post('{"name":"Keyboard","price":-1,"category":"tools"}')
