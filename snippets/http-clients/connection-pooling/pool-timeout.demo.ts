import { createPoolLimiter } from './pool-timeout.ts'

const limiter = createPoolLimiter(1, 100) // one slot, 100 ms to get it
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

for (const holdMs of [50, 300]) { // a slow holder keeps the only slot
  const holder = limiter.run(() => sleep(holdMs))
  try {
    console.log(`holder done in ${holdMs} ms -> ${await limiter.run(async () => 'request proceeds')}`)
  }
  catch (err) {
    console.log(`holder done in ${holdMs} ms -> ${err instanceof Error ? `${err.name}: ${err.message}` : err}`)
  }
  await holder
}
console.log(`pool timeouts counted: ${limiter.stats().timeouts}`)
