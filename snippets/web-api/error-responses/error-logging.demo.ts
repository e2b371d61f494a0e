import { createDefaultApp } from './app.ts'
import { createLogger, logErrors } from './error-logging.ts'

const logger = createLogger({ write: (line) => {
  const { level, status, code, request_id, route, req } = JSON.parse(line) as Record<string, unknown>
  console.log(JSON.stringify({ level, status, code, request_id, route }))
  console.log(`  req: ${JSON.stringify(req)}`)
} })
const app = createDefaultApp({ report: logErrors(logger) })
await app.request('/users/42', { headers: { 'authorization': 'Bearer s3cret', 'x-request-id': 'r1' } })
await app.request('/orders', { method: 'POST', headers: { 'content-type': 'application/json',
  'cookie': 'sid=abc', 'x-request-id': 'r2' }, body: '{"productId":' })
