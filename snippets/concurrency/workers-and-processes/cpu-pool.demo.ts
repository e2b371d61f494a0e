// @normalize /\d+ ms/g -> <n> ms
import { measureBestOf } from '../../concurrency/threads-processes-async/loop-lag.ts'
import { createHeavyPool, heavy, runHeavy } from './cpu-pool.ts'

const ns = [300_000, 350_000, 400_000, 450_000]
await using pool = createHeavyPool(2) // 2 workers: the CI machine has 2 cores
const lines: string[] = [] // completion order can vary; printed below in input order
const onPool = await measureBestOf(2, () => runHeavy(pool, ns, line => lines.push(line)))
const main = await measureBestOf(2, () => ns.map(heavy))
for (const line of lines.slice(0, ns.length).sort()) console.log(line)
const threads = new Set(onPool.result.map(r => r.threadId)).size
console.log(`same as the main thread: ${onPool.result.every((r, i) => r.value === main.result[i])}`)
console.log(`threads used: ${threads <= 2 ? 'at most 2' : 'more than 2'}`)
console.log(`pool: ${Math.round(onPool.ms)} ms, main thread: ${Math.round(main.ms)} ms`)
