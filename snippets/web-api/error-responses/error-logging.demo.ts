import { createDefaultApp } from './app.ts'
import { createLogger, logErrors } from './error-logging.ts'

const logger = createLogger({ write: line => console.log(line.trim()) }, { timestamp: false })
const app = createDefaultApp({ report: logErrors(logger), newErrorId: () => 'demo-ref-1' })
await app.request('/users/42', { headers: { authorization: 'Bearer s3cret', 'x-request-id': 'req-1' } })
await app.request('/orders', {
  method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-2' }, body: '{"productId":',
})
