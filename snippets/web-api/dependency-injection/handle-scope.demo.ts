import { createCountingPool, createHandleApp } from './handle-scope.ts'

const pool = createCountingPool(console.log)
const app = createHandleApp(pool)
for (const path of ['/rows', '/fails', '/private']) {
  const res = await app.request(path)
  console.log(`${path} → ${res.status}, open handles: ${pool.open}`)
}
