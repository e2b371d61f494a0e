import { expectedInFlight, simulateInFlight } from './concurrencyBound.ts'

// every attempt runs into its 1 s timeout and is retried once
const hanging = () => Infinity
const base = { ratePerSec: 10, burst: 5, timeoutMs: 1000 }
const run = { ...base, durationMs: 10_000, latencyMs: hanging }
const bound = expectedInFlight(10, 1000, 5)
console.log(`bound: burst + rate x timeout = ${bound}`)
const modes = ['through-limiter', 'bypass-limiter'] as const
for (const retries of modes) {
  const max = simulateInFlight({ ...run, retries }).maxInFlight
  console.log(`retries ${retries.padEnd(15)} -> max in flight ${max}`)
}
