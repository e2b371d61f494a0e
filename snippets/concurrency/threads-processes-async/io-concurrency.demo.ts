// @normalize /\d+ ms/g -> <n> ms
import { concurrent, fakeIo, sequential } from './io-concurrency.ts'

const calls = [1, 2, 3, 4, 5].map(id => () => fakeIo(id, 200)) // five 200 ms "requests"

let start = performance.now()
await sequential(calls)
console.log(`sequential: ${Math.round(performance.now() - start)} ms`)

start = performance.now()
const results = await concurrent(calls)
console.log(`concurrent: ${Math.round(performance.now() - start)} ms, results ${results.join(',')}`)
