import type { TrapResult } from './errors-in-middleware.ts'
import { createSafeApp, createTrapApp } from './errors-in-middleware.ts'

const result: TrapResult = { caught: false, seenAfterNext: undefined }
const trapped = await createTrapApp(result).request('/boom')
console.log(`status ${trapped.status}, catch ran: ${result.caught}`)
console.log(`c.error after next(): ${result.seenAfterNext}`)

const app = createSafeApp(({ err }) => console.log(`log only: ${err?.message.slice(0, 24)}...`))
const res = await app.request('/boom', { headers: { 'X-Request-Id': 'req-42', Origin: 'https://app.example.com' } })
const { code, detail = '', request_id } = await res.json() as Record<string, string>
console.log(`${res.status} ${code} request_id=${request_id} detail="${detail.slice(0, 29)}"`)
console.log(`headers: ${['x-request-id', 'server-timing', 'access-control-allow-origin'].filter(h => res.headers.has(h)).join(', ')}`)
