// @normalize /\d+ ms/g -> <n> ms
import { setTimeout as sleep } from 'node:timers/promises'
import { busyLoop } from './blocking-demo.ts'
import { monitorLoopLag } from './loop-lag.ts'

using lag = monitorLoopLag(10)
await sleep(300) // idle: the loop is free
const idle = lag.read()
console.log(`idle:      p99 ${Math.round(idle.p99Ms)} ms, max ${Math.round(idle.maxMs)} ms`)

await lag.reset() // a new phase
busyLoop(300)
await sleep(20) // let the sampler record the late tick
const busy = lag.read()
console.log(`busy loop: p99 ${Math.round(busy.p99Ms)} ms, max ${Math.round(busy.maxMs)} ms`)
