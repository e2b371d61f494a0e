import { asyncAuthCheck, burst, syncAuthCheck } from './blocking.ts'

const WAIT_MS = 50 // what one auth check waits for
await burst(asyncAuthCheck(1), 1) // warm-up: module loading is not the lesson
const variants = { sync: syncAuthCheck(WAIT_MS), async: asyncAuthCheck(WAIT_MS) }
for (const [name, layer] of Object.entries(variants)) {
  const { totalMs, loopDelayP99Ms } = await burst(layer, 10)
  const took = totalMs >= 9 * WAIT_MS ? 'about 10x' : 'about 1x'
  const loop = loopDelayP99Ms > 400 ? 'the loop stalled' : 'the loop stayed responsive'
  console.log(`${name}: 10 requests took ${took} one check; ${loop}`)
}
