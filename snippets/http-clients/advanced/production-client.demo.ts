import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createProductionClient, handleChat, startLlmClient } from './production-client.ts'

const vendor = await serveFakeLlm({ seed: 7 })
const logger = { debug: () => {}, warn: (f: Record<string, unknown>) => console.log(`  ${f.requestId}: ${f.category}/${f.kind}`) }
const llm = startLlmClient(vendor.url, logger, 'sk-demo') // at startup
console.log(`ok: ${JSON.stringify(await handleChat(llm, 'req-1', 'hi')).length > 0}`)
vendor.fake.setPlan({ statuses: [503, 200], sequenceBy: 'scenario' })
for (let attempt = 1; attempt <= 2; attempt++) await handleChat(llm, 'req-2', 'hi').then(() => console.log(`req-2 attempt ${attempt}: ok`), () => {})
vendor.fake.setPlan({ latencyMs: 300 }) // one slot, 100 ms queue deadline: the second caller waits too long
const tiny = createProductionClient({ baseUrl: `${vendor.url}/v1`, logger, connections: 1, queueTimeoutMs: 100 })
await Promise.allSettled(['req-3', 'req-4'].map(id => handleChat(tiny, id, 'hi')))
await Promise.all([llm.close(), tiny.close()]) // at shutdown
await handleChat(llm, 'req-5', 'hi').catch((e: Error) => console.log(`req-5 after close: ${e.message}`))
while (vendor.stats.openSockets > 0) await new Promise(resolve => setTimeout(resolve, 10))
console.log('vendor sees 0 open sockets')
await vendor.close()
