import pino from 'pino'
import { createApp } from './request-logging.ts'
import { requestContextMixin } from './request-context.ts'

// Route's own line and the access line: both carry request_id, method and path.
const hideDuration = (line: string) => line.replace(/"duration_ms":[\d.]+/, '"duration_ms":<ms>')
const log = pino({ base: undefined, timestamp: false, mixin: requestContextMixin },
  { write: line => console.log(hideDuration(line.trimEnd())) })

const app = createApp(log)
const res = await app.request('/orders/1081', { headers: { 'X-Request-Id': 'checkout-7f3a' } })
console.log(`${res.status} X-Request-Id: ${res.headers.get('X-Request-Id')}`)
