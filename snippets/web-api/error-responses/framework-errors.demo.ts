import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { createDefaultApp } from './app.ts'

const show = exchangePrinter(createDefaultApp(), console.log)
const post = (body: BodyInit, type = 'application/json') =>
  show('/users', { method: 'POST', headers: { 'content-type': type, 'x-request-id': 'req-1' }, body })
await post('{"email": ') // the json validator's HTTPException(400)
await post('email=ada@example.com', 'application/x-www-form-urlencoded') // the hook's 415
await post(new TextEncoder().encode(JSON.stringify({ email: 'a@b.co', bio: 'x'.repeat(20_000) }))) // bodyLimit's 413
