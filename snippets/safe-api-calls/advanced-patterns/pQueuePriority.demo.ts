import { PRIORITY, runOrder } from './pQueuePriority.ts'

const order = await runOrder([
  { name: 'batch report', priority: PRIORITY.batch }, // 0
  { name: 'chat reply', priority: PRIORITY.realtime }, // 10
  { name: 'batch embed', priority: PRIORITY.batch }, // 0
])
console.log(`p-queue ran: ${order.join(' -> ')}`)
console.log('same numbers in Python PriorityQueue or BullMQ: the batch jobs first')
