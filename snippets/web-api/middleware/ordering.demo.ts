import { createContextLogger } from '../../core-concepts/structured-logging/request-context.ts'
import { createOrderedApp, type IdPlacement } from './ordering.ts'

const lines: string[] = []
const log = createContextLogger({ write: (line: string) => { lines.push(line) } })
const headers = { Host: 'api.example.com', Origin: 'https://app.example.com' }
for (const placement of ['id-outside-timing', 'id-inside-timing'] satisfies IdPlacement[]) {
  const res = await createOrderedApp(log, placement).request('/boom', { headers })
  const cors = res.headers.has('access-control-allow-origin')
  const last = JSON.parse(lines.at(-1) ?? '{}') as { request_id?: string }
  const id = last.request_id ? 'yes' : 'none'
  console.log(`${placement}: ${res.status}, CORS ${cors}, timing log request_id: ${id}`)
}
const evil = await createOrderedApp(log, 'id-outside-timing')
  .request('/ok', { headers: { ...headers, Host: 'evil.com' } })
const evilCors = evil.headers.has('access-control-allow-origin')
console.log(`Host evil.com: ${evil.status}, CORS ${evilCors}`)
