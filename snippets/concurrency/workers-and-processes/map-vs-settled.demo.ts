import { failFast, mapInOrder, settleAll, sleep } from './map-vs-settled.ts'

const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
console.log(`map order: ${(await mapInOrder(items)).join(',')}`) // last item finished first

const finished = { count: 0 }
console.log(`Promise.all: ${await failFast(items, finished)}`)
await sleep(150) // nobody awaits the others, but they keep running
console.log(`a moment later: ${finished.count} finished`)

const outcomes = await settleAll(items)
const failed = outcomes.filter(o => o.includes('failed'))
console.log(`allSettled: ${outcomes.length} outcomes, ${failed.length} failed`)
console.log(outcomes[4])
