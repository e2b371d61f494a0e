import { createApp } from './hono-integration.ts'
import { createPgliteDb } from './migrations.ts'

const { db, close } = await createPgliteDb()
const app = createApp({ db })
const post = (body: unknown) => app.request('/users', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
})
for (const body of [{ email: 'ada@example.com', name: 'Ada' }, { email: 'ada@example.com', name: 'Ada 2' }, { email: 'nope', name: 'X' }]) {
  const res = await post(body)
  console.log(`${res.status} ${await res.text()}`)
}
await close()
