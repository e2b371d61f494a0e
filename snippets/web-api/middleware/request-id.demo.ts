// @normalize /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g -> <uuid>
import { createEchoApp } from './request-id.ts'

const app = createEchoApp()
for (const incoming of ['req-7f3a', 'x%0A{"level":60}', 'x'.repeat(300)]) {
  const res = await app.request('/', { headers: { 'X-Request-Id': incoming } })
  const shown = incoming.length > 20 ? `${incoming.length} chars` : incoming
  console.log(`${shown} -> ${res.headers.get('X-Request-Id')}`)
}
