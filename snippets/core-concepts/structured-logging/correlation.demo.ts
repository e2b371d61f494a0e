import {
  createCheckoutService as checkout,
  createInventoryService as inventory,
} from './correlation.ts'
import { createContextLogger } from './request-context.ts'

// @normalize /"duration_ms":[\d.]+/g -> "duration_ms":<ms>
const logger = (service: string) => createContextLogger(
  { write: line => console.log(line.trimEnd()) },
  { base: { service }, timestamp: false },
)
const b = inventory(logger('inventory'))
// service A calls B in-process through app.request()
const a = checkout(logger('checkout'), (url, init) => b.request(url, init))

await a.request('/checkout/sku-9', {
  method: 'POST',
  headers: { 'X-Request-Id': 'abc-123' },
})
