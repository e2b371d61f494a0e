import type { TrapResult } from './errors-in-middleware.ts'
import { createSafeApp, createTrapApp } from './errors-in-middleware.ts'

const result: TrapResult = { caught: false, seenAfterNext: undefined }
const trapped = await createTrapApp(result).request('/boom')
console.log(`trap: ${trapped.status}, catch ran: ${result.caught}`)
console.log(`c.error after next(): ${result.seenAfterNext}`)

const app = createSafeApp(({ err }) => console.log(`log only: ${err?.message}`))
const headers = { 'X-Request-Id': 'req-42', 'Origin': 'https://app.example.com' }
const res = await app.request('/boom', { headers })
const { code, request_id } = await res.json() as Record<string, string>
console.log(`client: ${res.status} ${code} request_id=${request_id}`)
const names = ['x-request-id', 'server-timing', 'access-control-allow-origin']
console.log(`headers: ${names.filter(h => res.headers.has(h)).join(', ')}`)
