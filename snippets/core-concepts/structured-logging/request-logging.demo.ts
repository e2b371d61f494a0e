import { createContextLogger } from './request-context.ts'
import { createApp } from './request-logging.ts'

// Route's own line and the access line: both carry request_id, method and path.
const hideDuration = (line: string) => line.replace(/"duration_ms":[\d.]+/, '"duration_ms":<ms>')
const log = createContextLogger({ write: line => console.log(hideDuration(line.trimEnd())) }, { base: undefined, timestamp: false })

const app = createApp(log)
const res = await app.request('/orders/1081', { headers: { 'X-Request-Id': 'checkout-7f3a' } })
console.log(`${res.status} X-Request-Id: ${res.headers.get('X-Request-Id')}`)
