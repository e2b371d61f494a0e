import { createCheckoutService, createInventoryService } from './correlation.ts'
import { createContextLogger } from './request-context.ts'

// @normalize /"duration_ms":[\d.]+/g -> "duration_ms":<ms>
const logger = (service: string) =>
  createContextLogger({ write: l => console.log(l.trimEnd()) }, { base: { service }, timestamp: false })
const b = createInventoryService(logger('inventory'))
const a = createCheckoutService(logger('checkout'), (url, init) => b.request(url, init)) // in-process
await a.request('/checkout/sku-9', { method: 'POST', headers: { 'X-Request-Id': 'abc-123' } })
