import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { userRoutes } from './hono-integration.ts'

const newErrorId = () => '5c1f0e2a-8d4b-4f3e-9a7c-1b2d3e4f5a6b'
const show = exchangePrinter(useProblemDetails(userRoutes(), { newErrorId }), console.log)
await show('/users/7') // stripping schema: the hash is dropped
await show('/users/7/strict') // strict schema: the leak becomes a 500
