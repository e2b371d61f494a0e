import { Agent } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { errorPhase } from './classify-errors.ts'
import { withinBudget, withinBudgetOrCancel, withinKitDeadline } from './deadline.ts'

const vendor = await serveFakeLlm()
const agent = new Agent({ allowH2: false, headersTimeout: 500, bodyTimeout: 500 })
const slow = { chunks: 30, gapMs: 100 } // 3 s, never 500 ms of silence
const why = (e: Error) => `${e.name} (phase ${errorPhase(e)})`
console.log(`AbortSignal.timeout(1000): ${await withinBudget(agent, vendor.url, slow, 1000).catch(why)}`)
const caller = new AbortController()
setTimeout(() => caller.abort(), 300) // the user closes the tab
console.log(`caller leaves at 300 ms:   ${await withinBudgetOrCancel(agent, vendor.url, slow, 1000, caller.signal).catch(why)}`)
console.log(`kit deadline(600):         ${await withinKitDeadline(agent, vendor.url, slow, 600).catch(why)}`)
await agent.destroy()
await vendor.close()
