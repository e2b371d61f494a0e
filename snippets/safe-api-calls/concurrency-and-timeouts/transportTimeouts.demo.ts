import { startBlackhole } from '../../shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createVendorPool } from '../core-concepts/vendorPool.ts'
import { classifyTransport, readCompletion, testTransport } from './transportTimeouts.ts'

async function outcome(label: string, server: FakeLlmServer | Awaited<ReturnType<typeof startBlackhole>>, stream = false) {
  const pool = createVendorPool(testTransport(server.url)) // connect 200, headers 250, body 250 ms
  const result = await readCompletion(server.url, pool, stream).then(text => `completed (${text.split('\n\n').length - 1} events)`,
    (err: Error) => `${classifyTransport(err)} <- ${err.message}`)
  await pool.destroy()
  await server.close()
  return `${label.padEnd(26)} ${result}`
}
const lines = await Promise.all([
  outcome('TLS never answers', await startBlackhole()),
  outcome('headers after 2 s', await serveFakeLlm({ plan: { latencyMs: 2000 } })),
  outcome('body stalls after 10 bytes', await serveFakeLlm({ plan: { bodyStallAfterBytes: 10 } })),
  outcome('a chunk every 200 ms', await serveFakeLlm({ plan: { chunks: 10, gapMs: 200 } }), true),
])
lines.forEach(line => console.log(line))
