import { eventLoopOrder } from './event-loop-order.ts'

let step = 0
await eventLoopOrder(line => console.log(`${++step}. ${line}`))
