import { Hono } from 'hono'
import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { RateLimitError, UserService } from './domain-errors.ts'
import { useProblemDetails } from './error-handler.ts'

const users = new UserService()
const app = useProblemDetails(new Hono()
  .get('/users/:id', c => c.json(users.getUser(Number(c.req.param('id')))))
  .post('/users/:email', c => c.json(users.createUser(c.req.param('email')), 201))
  .get('/quota', () => { throw new RateLimitError('Slow down') })
  .get('/crash', () => { throw new Error('relation "users" does not exist') }),
{ newErrorId: () => '0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10' })
const show = exchangePrinter(app, console.log)
await show('/users/42')
await show('/users/ada@example.com', { method: 'POST' })
await exchangePrinter(app, console.log, { headers: ['retry-after'] })('/quota')
await show('/crash')
