// @normalize /\d+ ms/g -> <n> ms
import { countPrimesOnPool, createCpuPool } from './cpu-in-worker.ts'
import { countPrimes } from './cpu-work.ts'
import { measureBestOf } from './loop-lag.ts'

const limits = [300_000, 300_000, 300_000, 300_000] // four equal tasks
await using pool = createCpuPool(2) // 2 workers: the CI machine has 2 cores
await countPrimesOnPool(pool, [10, 10]) // warm-up: both workers have loaded the module

const main = await measureBestOf(3, () => limits.map(countPrimes)) // best of 3 runs each
const workers = await measureBestOf(3, () => countPrimesOnPool(pool, limits))
const ms = (n: number) => `${Math.round(n)} ms`
console.log(`main thread: ${ms(main.ms)}, loop lag up to ${ms(main.maxLagMs)}`)
console.log(`pool of 2:   ${ms(workers.ms)}, loop lag up to ${ms(workers.maxLagMs)}`)
console.log(`same results: ${workers.result.join() === main.result.join()}`)
