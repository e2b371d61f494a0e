// cockatiel's circuit breaker: the production library for ONE process. Correct and well tested,
// but its state lives in this process's memory: a fleet of pods has a fleet of breakers.
// Browser-runnable (the vendor is the injected Transport).
import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, SamplingBreaker } from 'cockatiel'
import type { CircuitBreakerPolicy } from 'cockatiel'
import type { Transport } from '../call-patterns/callLlm.ts'
import { UpstreamHttpError } from '../call-patterns/errors.ts'
import { outcomeOf } from './breakerStateMachine.ts'

// #region consecutiveBreaker
/** Only vendor faults open it: a 400 or a 429 passes through without counting. */
export const isVendorFault = (err: unknown): boolean => outcomeOf(err) === 'vendor-fault'

export function consecutiveBreaker(halfOpenAfter = 60_000, onBreak = () => {}): CircuitBreakerPolicy {
  const breaker = circuitBreaker(handleWhen(isVendorFault), {
    halfOpenAfter, // then ONE trial call (cockatiel 4: halfOpenSampling for more)
    breaker: new ConsecutiveBreaker(5),
  })
  breaker.onBreak(onBreak) // also onReset, onHalfOpen, onStateChange: feed metrics
  return breaker // breaker.execute(fn) throws BrokenCircuitError while open; isolate() = kill switch
}
// #endregion consecutiveBreaker

// #region samplingBreaker
/** Ratio-based: open when >= 50 % of calls fail over 60 s, once there are at least 2 calls/s. */
export const samplingBreaker = () => circuitBreaker(handleWhen(isVendorFault), {
  halfOpenAfter: 60_000,
  breaker: new SamplingBreaker({ threshold: 0.5, duration: 60_000, minimumRps: 2 }),
})
// CountBreaker({ threshold: 0.5, size: 100 }): the same ratio over the last 100 calls.
// #endregion samplingBreaker

// #region perPodProblem
/** One call through a pod's own breaker: a non-2xx answer is thrown so the breaker can see it. */
export function podCall(breaker: CircuitBreakerPolicy, transport: Transport, url: string, pod: string) {
  return breaker.execute(async ({ signal }) => {
    const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })
    const req = new Request(url, { method: 'POST', headers: { 'x-client-id': pod }, body })
    const res = await transport(req, signal)
    await res.body?.cancel()
    if (!res.ok) throw new UpstreamHttpError(res.status)
  })
}
/** Pod A's breaker opens; pod B has its own, still closed one, and keeps hammering the vendor. */
export async function twoPods(transport: Transport, url: string) {
  const a = consecutiveBreaker()
  const b = consecutiveBreaker()
  for (let i = 0; i < 10; i++) // A's 6th to 10th calls never leave the pod
    await podCall(a, transport, url, 'A').catch(() => undefined)
  for (let i = 0; i < 3; i++) // B never heard of A's failures: 3 more requests to a broken vendor
    await podCall(b, transport, url, 'B').catch(() => undefined)
  return { a: CircuitState[a.state], b: CircuitState[b.state] }
}
// #endregion perPodProblem
