import { createTickerApp } from './sse-endpoint.ts'

const app = createTickerApp({ intervalMs: 50, now: () => 0, onAbort: () => console.log('onAbort ran') })
const res = await app.request('/events', { headers: { 'Last-Event-ID': '41' } })
console.log(`${res.status} ${res.headers.get('content-type')} ${res.headers.get('x-accel-buffering')}`)
const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
for (let i = 0; i < 3; i++)
  console.log((await reader.read()).value?.trimEnd() ?? '')
await reader.cancel() // the tab closes
