import { createApp } from './hono-integration.ts'
import { createPgliteDb } from './migrations.ts'

const { db, close } = await createPgliteDb()
const app = createApp({ db })
const ada = { email: 'ada@example.com', name: 'Ada' }
for (const body of [ada, { ...ada, name: 'Ada 2' }, { email: 'nope', name: 'X' }]) {
  const res = await app.request('/users', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  })
  const json = await res.json() as { code?: string, detail?: string, details?: { field: string }[] }
  const fields = json.details?.map(d => ` [${d.field}]`).join('') ?? ''
  const problem = `${json.code}: ${json.detail}${fields}`
  console.log(`${res.status} ${res.ok ? JSON.stringify(json) : problem}`)
}
await close()
