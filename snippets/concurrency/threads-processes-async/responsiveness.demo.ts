// @normalize /\d+ ms/g -> <n> ms
import { createCpuPool } from './cpu-in-worker.ts'
import { createComputeApp, probeDuringCompute } from './responsiveness.ts'

await using pool = createCpuPool(1) // one worker is enough to free the main thread
const apps = [['inline ', createComputeApp()], ['offload', createComputeApp(pool)]] as const
for (const [label, app] of apps) {
  const r = await probeDuringCompute(app)
  const waited = r.healthMs > r.computeMs / 2
  console.log(`${label}: /health ${waited ? 'waited for /compute' : 'answered at once'}`
    + ` (/health ${Math.round(r.healthMs)} ms, /compute ${Math.round(r.computeMs)} ms)`)
}
