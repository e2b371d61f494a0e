// @normalize /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g -> <uuid>
// @normalize /dur=[\d.]+/g -> dur=<n>
import { createContextLogger } from '../../core-concepts/structured-logging/request-context.ts'
import { createApp } from './stack.ts'

const log = createContextLogger({ write: (line: string) => {
  const { msg, request_id, route, status } = JSON.parse(line) as Record<string, string>
  console.log(`log: ${msg} ${route} ${status} request_id=${request_id}`)
} })
const llm = { complete: async (prompt: string) => `echo: ${prompt}`, close: async () => {} }
const env = { ENVIRONMENT: 'production' }
const app = createApp({ env, allowedHosts: ['api.example.com'], log, llm })
const res = await app.request('/chat', { method: 'POST', body: '{"prompt":"hi"}', headers: {
  'Host': 'api.example.com', 'Origin': 'https://app.example.com', 'Content-Type': 'application/json' } })
console.log(`${res.status} ${await res.text()}`)
const picked = ['x-request-id', 'server-timing', 'access-control-allow-origin',
  'access-control-expose-headers', 'strict-transport-security', 'x-frame-options']
for (const name of picked) console.log(`${name}: ${res.headers.get(name)}`)
