// @normalize /\d+ ms/g -> <n> ms
import { createCpuPool } from './cpu-in-worker.ts'
import { createComputeApp, probeDuringCompute } from './responsiveness.ts'

await using pool = createCpuPool(1) // one worker is enough to free the main thread
for (const [label, app] of [['inline ', createComputeApp()], ['offload', createComputeApp(pool)]] as const) {
  const r = await probeDuringCompute(app)
  const order = r.healthFirst ? '/health answered first' : '/health waited for /compute'
  console.log(`${label}: ${order} (/health ${Math.round(r.healthMs)} ms, /compute ${Math.round(r.computeMs)} ms)`)
}
