import { bufferingLogger, createEventsApp, firstChunkAfter, observeStream }
  from './body-safe.ts'

const ignore = () => {}
const layers = { 'buffering': bufferingLogger(ignore), 'pass-through': observeStream(ignore) }
for (const [name, layer] of Object.entries(layers)) {
  const start = performance.now()
  const res = await createEventsApp(layer).request('/events') // 5 events, 100 ms apart
  const { firstMs } = await firstChunkAfter(res, start)
  const when = firstMs < 250 ? 'after one gap (~100 ms)' : 'only at the end (~500 ms)'
  console.log(`${name}: first event ${when}`)
}
