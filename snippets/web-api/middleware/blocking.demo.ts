import { asyncAuthCheck, burst, syncAuthCheck } from './blocking.ts'

await burst(asyncAuthCheck(1), 1) // warm-up: module loading is not the lesson
const one = (await burst(syncAuthCheck(50), 1)).totalMs
for (const [name, layer] of [['sync', syncAuthCheck(50)], ['async', asyncAuthCheck(50)]] as const) {
  const { totalMs, loopDelayP99Ms } = await burst(layer, 10)
  const slower = totalMs / one > 5 ? 'about 10x' : 'about 1x'
  console.log(`${name}: 10 requests took ${slower} one request; ${loopDelayP99Ms > 250 ? 'the loop stalled for all of them' : 'the loop stayed responsive'}`)
}
