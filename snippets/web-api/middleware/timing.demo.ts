// @normalize /dur=[\d.]+/g -> dur=<n>
import type { CompletedLine } from './timing.ts'
import { createMeteredApp, createTimedApp } from './timing.ts'

const res = await createTimedApp(async () => {}).request('/users/42')
console.log(`Server-Timing: ${res.headers.get('Server-Timing')}`)

const lines: CompletedLine[] = []
const app = createMeteredApp(line => lines.push(line), async () => {})
for (const path of ['/users/42', '/users/43', '/nope'])
  await app.request(path)
for (const { method, route, status, duration_ms } of lines)
  console.log(`${method} route=${route} status=${status} duration_ms: ${typeof duration_ms}`)
