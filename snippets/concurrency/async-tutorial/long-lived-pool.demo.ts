// @normalize /\(\d+x\)/g -> (<n>x)
import { countPrimesPerCall, createPrimeService } from './long-lived-pool.ts'

const limits = Array.from({ length: 20 }, () => 20_000)
let start = performance.now()
await Promise.all(limits.map(limit => countPrimesPerCall(limit)))
const perCallMs = performance.now() - start
const service = createPrimeService(2)
start = performance.now()
await Promise.all(limits.map(limit => service.countPrimes(limit)))
const sharedMs = performance.now() - start
await service.close()
console.log(`20 tasks: 20 pools per call vs 1 shared pool of 2 threads`)
const verdict = perCallMs > sharedMs ? 'faster' : 'not faster'
console.log(`the shared pool was ${verdict} (${(perCallMs / sharedMs).toFixed(0)}x)`)
