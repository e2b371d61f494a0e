import { createContextLogger } from './request-context.ts'
import { createApp } from './request-logging.ts'

// @normalize /"duration_ms":[\d.]+/g -> "duration_ms":<ms>
const log = createContextLogger(
  { write: line => console.log(line.trimEnd()) },
  { base: undefined, timestamp: false },
)
const app = createApp(log)
const res = await app.request('/orders/1081', {
  headers: { 'X-Request-Id': 'checkout-7f3a' },
})
console.log(`${res.status} ${res.headers.get('X-Request-Id')}`)
