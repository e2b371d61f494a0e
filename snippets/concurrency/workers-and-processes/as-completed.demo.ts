import { mapIndexed } from './as-completed.ts'
import { task } from './map-vs-settled.ts'

const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
const delays = [50, 20, 90, 10, 40, 70, 30, 100, 60, 80] // ms: completion order differs from input
const order: string[] = []
const results = await mapIndexed(items, x => task(x, delays[x - 1]!), (done) => {
  order.push(done.status === 'fulfilled' ? `${items[done.index]}` : `${items[done.index]}!`)
  if (done.status === 'rejected')
    console.log(`task ${items[done.index]} failed: ${String(done.reason)}`)
})
console.log(`completion order: ${order.join(' ')}`)
const values = results.map(r => (r.status === 'fulfilled' ? r.value : 'err'))
console.log(`input order: ${values.join(' ')}`)
