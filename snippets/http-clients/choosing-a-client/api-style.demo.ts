import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { whoThrows } from './api-style.ts'

const vendor = await serveFakeLlm({ plan: { status: 404 } }) // every request: 404
try {
  for (const [client, outcome] of await whoThrows(`${vendor.url}/v1/models`))
    console.log(`${client.padEnd(24)} ${outcome}`)
}
finally { await vendor.close() }
