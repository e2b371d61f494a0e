import { Hono } from 'hono'
import { UserService } from './domain-errors.ts'
import { useProblemDetails } from './error-handler.ts'

const users = new UserService()
const app = useProblemDetails(new Hono()
  .get('/users/:id', c => c.json(users.getUser(Number(c.req.param('id')))))
  .get('/crash', () => { throw new Error('relation "users" does not exist') }),
{ newErrorId: () => '0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10' })
for (const path of ['/users/42', '/nowhere', '/crash']) {
  const res = await app.request(path)
  const { code, detail } = await res.json() as { code: string, detail: string }
  console.log(`${path} -> ${res.status} ${res.headers.get('content-type')} ${code}: ${detail}`)
}
