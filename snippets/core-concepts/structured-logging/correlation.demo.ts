import { createCheckoutService, createInventoryService } from './correlation.ts'
import { createContextLogger } from './request-context.ts'

// Two services, two loggers, one id. Service B is called in-process through app.request().
const print = (line: string) => console.log(line.trimEnd().replace(/"duration_ms":[\d.]+/, '"duration_ms":<ms>'))
const logger = (service: string) => createContextLogger({ write: print }, { base: { service }, timestamp: false })

const inventory = createInventoryService(logger('inventory'))
const checkout = createCheckoutService(logger('checkout'), (url, init) => inventory.request(url, init))

await checkout.request('/checkout/sku-9', { method: 'POST', headers: { 'X-Request-Id': 'abc-123' } })
