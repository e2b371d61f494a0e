import type { Dispatcher } from 'undici'
import { startBlackhole } from '../../shared/fake-llm/blackhole.ts'
import { type ServeFakeLlmOptions, serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createVendorPool } from '../core-concepts/vendorPool.ts'
import { classifyTransport, readCompletion, testTransport } from './transportTimeouts.ts'

const outcome = async (label: string, run: (pool: Dispatcher) => Promise<string>, url: string) => {
  const pool = createVendorPool(testTransport(url)) // connect 200, headers 250, body 250 ms
  const result = await run(pool).then(text => `completed (${text.split('\n\n').length - 1} events)`,
    (err: unknown) => `${classifyTransport(err)} <- ${err instanceof Error ? err.message : err}`)
  await pool.destroy()
  return `${label.padEnd(26)} ${result}`
}
const fake = async (plan: ServeFakeLlmOptions['plan'], label: string, stream = false) => {
  const vendor = await serveFakeLlm({ plan })
  try { return await outcome(label, pool => readCompletion(vendor.url, pool, stream), vendor.url) }
  finally { await vendor.close() }
}
const hole = await startBlackhole()
const lines = await Promise.all([
  outcome('TLS never answers', pool => readCompletion(hole.url, pool), hole.url),
  fake({ latencyMs: 2000 }, 'headers after 2 s'),
  fake({ bodyStallAfterBytes: 10 }, 'body stalls after 10 bytes'),
  fake({ chunks: 10, gapMs: 200 }, 'a chunk every 200 ms', true),
])
await hole.close()
lines.forEach(line => console.log(line))
