// @normalize /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g -> <uuid>
// @normalize /dur=[\d.]+/g -> dur=<n>
import { createContextLogger } from '../../core-concepts/structured-logging/request-context.ts'
import { createApp } from './stack.ts'
const log = createContextLogger({ write: (line: string) => {
  const { msg, route, status, request_id } = JSON.parse(line) as Record<string, string>
  console.log(`log: ${msg} ${route} ${status} request_id=${request_id}`)
} })
const llm = { complete: async (p: string) => `echo: ${p}`, close: async () => {} }
const env = { ENVIRONMENT: 'production' }
const app = createApp({ env, allowedHosts: ['api.example.com'], log, llm })
const headers = { 'Host': 'api.example.com', 'Origin': 'https://app.example.com',
  'Content-Type': 'application/json' }
const res = await app.request('/chat', { method: 'POST', body: '{"prompt":"hi"}', headers })
const shown = ['x-request-id', 'server-timing', 'access-control-allow-origin',
  'x-frame-options']
for (const name of shown) console.log(`${name}: ${res.headers.get(name)}`)
