import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { createScopedApp } from './scopes.ts'

const app = createScopedApp({ apiKey: 'k-123', clock: { now: () => new Date(0) } })
const show = exchangePrinter(app, console.log)
await show('/products', { headers: { 'x-api-key': 'wrong' } })
await show('/admin/stats', { headers: { 'x-api-key': 'k-123', 'x-role': 'admin' } })
