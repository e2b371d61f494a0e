// @normalize /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g -> <uuid>
// @normalize /dur=[\d.]+/g -> dur=<n>
// @normalize /"duration_ms":[\d.]+/g -> "duration_ms":<n>
import { createContextLogger } from '../../core-concepts/structured-logging/request-context.ts'
import { createApp } from './stack.ts'

const log = createContextLogger({ write: (line: string) => { console.log(`log: ${line.slice(line.indexOf('"request_id"'), -1)}`) } })
const llm = { complete: async (prompt: string) => `echo: ${prompt}`, close: async () => {} }
const app = createApp({ env: { ENVIRONMENT: 'production' }, allowedHosts: ['api.example.com'], log, llm })
const res = await app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }),
  headers: { 'Host': 'api.example.com', 'Origin': 'https://app.example.com', 'Content-Type': 'application/json' } })
console.log(`${res.status} ${await res.text()}`)
for (const name of ['x-request-id', 'server-timing', 'access-control-allow-origin', 'access-control-expose-headers', 'strict-transport-security', 'x-content-type-options'])
  console.log(`${name}: ${res.headers.get(name)}`)
