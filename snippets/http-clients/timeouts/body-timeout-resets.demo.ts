import { Agent } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { readStream, stallAfterThree, steady } from './body-timeout-resets.ts'
import { errorPhase } from './classify-errors.ts'

const vendor = await serveFakeLlm()
const agent = new Agent({ allowH2: false, headersTimeout: 1_000, bodyTimeout: 300 })
const ticks: string[] = []
const tick = (n: number) => ticks.push(`#${n}`)
const ok = await readStream(agent, vendor.url, steady, tick)
console.log(`steady (150 ms gaps): ${ticks.join(' ')} -> done, ${ok.events} events in over 1.3 s`)
ticks.length = 0
const err = await readStream(agent, vendor.url, stallAfterThree, tick).catch((e: Error) => e)
console.log(`stall after chunk 3:  ${ticks.join(' ')} ... silence -> phase ${errorPhase(err)}`)
await agent.destroy()
await vendor.close()
