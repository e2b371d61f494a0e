import { listen } from '../http-and-parameters/listen.ts'
import { createHelloApp, rawGet, showWire } from './chunked-wire.ts'
// @normalize /Date: [^\\]*/ -> Date: <now>

const server = await listen(createHelloApp())
const raw = await rawGet(Number(new URL(server.url).port), '/hello')
await server.close()
for (const line of showWire(raw).split('\n'))
  console.log(line)
