import { fetch } from 'undici'
import { startBlackhole } from '../../shared/fake-llm/blackhole.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { errorPhase } from './classify-errors.ts'
import { connectAgent, slowDnsAgent } from './connect-timeout.ts'

const vendor = await serveFakeLlm()
const hole = await startBlackhole()
const fail = (url: string, agent: ReturnType<typeof connectAgent>) => fetch(url, { dispatcher: agent })
  .then(() => 'answered?!', (e: Error) => `${e.message} <- ${(e.cause as { code?: string }).code} (phase ${errorPhase(e)})`)
const dns = slowDnsAgent(300, 5_000), tls = connectAgent(300)
console.log(`slow DNS   : ${await fail(`http://vendor.test:${vendor.port}/health`, dns)}`)
console.log(`stalled TLS: ${await fail(hole.url, tls)}`)
console.log(`vendor saw ${vendor.stats.socketsOpened} connections; the black hole accepted ${hole.stats.accepted} (TCP only)`)
await Promise.all([dns.destroy(), tls.destroy(), vendor.close(), hole.close()])
