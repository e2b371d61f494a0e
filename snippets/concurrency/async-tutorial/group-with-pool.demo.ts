import { createJobPool, runCpuJobs, warmUp } from './group-with-pool.ts'

const pool = createJobPool(3)
await warmUp(pool) // workers loaded: the race below is about running, not starting
const ok = await runCpuJobs(pool, ['A', 'B', 'C'].map(name => ({ name, ms: 400 })))
const overlap = ok.every(r => ok.every(o => r.startedAt < o.endedAt))
console.log(`3 jobs on 3 workers: ${ok.map(r => r.name).join(', ')}; ran in parallel: ${overlap}`)
let terminated = 0
pool.on('workerDestroy', () => terminated++)
const jobs = [{ name: 'A', ms: 2000 }, { name: 'B', ms: 100, fail: true }, { name: 'C', ms: 2000 }]
await runCpuJobs(pool, jobs).catch((error: unknown) => console.log(`group threw: ${String(error)}`))
console.log(`workers terminated mid-task: ${terminated}`)
await pool.destroy()
