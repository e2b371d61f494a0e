import { expectedInFlight, simulateInFlight } from './concurrencyBound.ts'

const hanging = () => Infinity // every attempt runs into its 1 s timeout and is retried once
const base = { ratePerSec: 10, burst: 5, timeoutMs: 1000, durationMs: 10_000, latencyMs: hanging }
console.log(`bound: burst + rate x timeout = ${expectedInFlight(10, 1000, 5)}`)
for (const retries of ['through-limiter', 'bypass-limiter'] as const) {
  const { maxInFlight } = simulateInFlight({ ...base, retries })
  console.log(`retries ${retries.padEnd(15)} -> max in flight ${maxInFlight}`)
}
