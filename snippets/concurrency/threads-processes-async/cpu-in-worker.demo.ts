// @normalize /\d+ ms/g -> <n> ms
import { countPrimesOnPool, createCpuPool } from './cpu-in-worker.ts'
import { countPrimes } from './cpu-work.ts'
import { measureWithLag } from './loop-lag.ts'

const limits = [400_000, 400_000, 400_000, 400_000] // four equal tasks
await using pool = createCpuPool(2) // 2 workers: the CI machine has 2 cores
await countPrimesOnPool(pool, [10]) // warm-up: both workers have loaded the module

const main = await measureWithLag(() => limits.map(countPrimes))
const workers = await measureWithLag(() => countPrimesOnPool(pool, limits))
const line = (m: typeof main) => `${Math.round(m.ms)} ms, loop lag up to ${Math.round(m.maxLagMs)} ms`
console.log(`main thread: ${line(main)}`)
console.log(`pool of 2:   ${line(workers)}`)
console.log(`same results: ${workers.result.join() === main.result.join()}`)
