import { createCountingPool, createHandleApp } from './handle-scope.ts'
const pool = createCountingPool(console.log)
const app = createHandleApp(pool)
for (const path of ['/export/buggy', '/export']) {
  console.log(`GET ${path}`)
  const res = await app.request(path)
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    console.log(`  chunk: ${chunk.value.trim()}`)
}
