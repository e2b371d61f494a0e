// @normalize /at \d+ ms/g -> at <n> ms
import { sleepConcurrently, sleepSequentially } from './sequential-vs-concurrent.ts'

const bucket = (ms: number) => `~${Math.round(ms / 500) * 500} ms` // timers on a busy machine run late
const seq = await sleepSequentially(5, 500, console.log)
console.log(`sequential total: ${bucket(seq)}`)
const con = await sleepConcurrently(5, 500, console.log)
console.log(`concurrent total: ${bucket(con)}`)
