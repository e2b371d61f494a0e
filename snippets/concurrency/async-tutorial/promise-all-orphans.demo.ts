import { fakeIo } from '../threads-processes-async/io-concurrency.ts'
import { chargeAndReserve } from './promise-all-orphans.ts'

await chargeAndReserve(console.log)
console.log('caller: returned an error response')
await fakeIo(null, 300) // keep watching: the sibling is still running
