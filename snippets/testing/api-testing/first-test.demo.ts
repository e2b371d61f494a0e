// The first test's requests, printed: no server, no port, a real PostgreSQL (PGlite).
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { createApp, MIGRATION } from './app-under-test.ts'

const client = await PGlite.create()
const db = drizzle({ client })
await db.execute(MIGRATION)
const app = createApp({ db, auth: { authenticate: async () => null }, passwords: { hash: async () => 'x' } })
const post = (email: string) => app.request('/users', { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'ada', email, password: 'correct horse' }) })
const show = async (label: string, res: Response) => {
  const body = await res.json() as { code?: string, detail?: string }
  console.log(`${label} -> ${res.status} ${body.code ? `${body.code}: ${body.detail}` : JSON.stringify(body)}`)
}
await show('GET /', await app.request('/'))
await show('POST /users', await post('ada@example.com'))
await show('POST again', await post('ada@example.com'))
await show('POST bad email', await post('nope'))
await client.close()
