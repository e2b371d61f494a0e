import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { callWired, callWithRace } from './advisoryVsWired.ts'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
for (const [label, call] of [['race ', callWithRace], ['wired', callWired]] as const) {
  const vendor = await serveFakeLlm({ plan: { latencyMs: 1000 } }) // the vendor takes 1 s
  const pool = createVendorPool({ ...productionTransport(vendor.url), connections: 10 })
  const error = await call({ url: vendor.url, dispatcher: pool }, 'hi', 100).catch((e: Error) => e.name)
  await sleep(400) // look at the vendor at about 500 ms
  const { inFlight, openSockets, clientCloses } = vendor.stats
  console.log(`${label}: we got ${error} | at 500 ms the vendor has ${inFlight} in flight, ${openSockets} socket open, saw ${clientCloses.length} close`)
  await pool.destroy()
  await vendor.close()
}
