import { setTimeout as sleep } from 'node:timers/promises'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { legitimateStartDelay, type OrderDeps, rightOrder, wrongOrder } from './executionOrder.ts'

for (const [name, route] of [['wrong order', wrongOrder], ['right order', rightOrder]] as const) {
  let permitsTaken = 0
  const permits = new Semaphore(1)
  const acquire = permits.acquire.bind(permits)
  permits.acquire = (s) => { permitsTaken++; return acquire(s) }
  const deps: OrderDeps = {
    permits, vendor: { acquire: async () => {} }, callVendor: async () => 'ok',
    userLimit: async (user) => { await sleep(40); return user === 'legit' }, // a Redis round trip
  }
  const ms = await legitimateStartDelay(route, deps)
  const when = ms < 100 ? 'right after its own check' : 'after the 5 rejected ones'
  console.log(`${name}: permit taken ${permitsTaken}x; legitimate call started ${when}`)
}
