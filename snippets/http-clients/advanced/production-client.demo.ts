import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createProductionClient, handleChat, startLlmClient } from './production-client.ts'

const vendor = await serveFakeLlm({ seed: 7 })
const warn = (f: Record<string, unknown>) => console.log(`  ${f.requestId}: ${f.category}/${f.kind}`)
const logger = { debug: () => {}, warn }
const llm = startLlmClient(vendor.url, logger, 'sk-demo') // at startup
console.log(`req-1: ${await handleChat(llm, 'req-1', 'hi') ? 'ok' : '-'}`)
vendor.fake.setPlan({ statuses: [503, 200], sequenceBy: 'scenario' }) // 503, then 200
await handleChat(llm, 'req-2', 'hi').catch(() => console.log('req-2: retry'))
console.log(`req-2: ${await handleChat(llm, 'req-2', 'hi') ? 'ok' : '-'}`)
vendor.fake.setPlan({ latencyMs: 300 }) // one slot, 100 ms queue deadline: req-4 waits too long
const tiny = createProductionClient({ baseUrl: `${vendor.url}/v1`, logger, connections: 1, queueTimeoutMs: 100 })
await Promise.allSettled(['req-3', 'req-4'].map(id => handleChat(tiny, id, 'hi')))
await Promise.all([llm.close(), tiny.close()]) // at shutdown
await handleChat(llm, 'req-5', 'hi').catch((e: Error) => console.log(`req-5: ${e.message}`))
while (vendor.stats.openSockets > 0) await new Promise(resolve => setTimeout(resolve, 10))
console.log('vendor sees 0 open sockets')
await vendor.close()
