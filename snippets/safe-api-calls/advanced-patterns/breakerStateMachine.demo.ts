import { BreakerStateMachine, GUIDE_BREAKER } from './breakerStateMachine.ts'

const clock = { t: 0 } // a fake clock: seconds pass when we say so
const breaker = new BreakerStateMachine(GUIDE_BREAKER, () => clock.t * 1_000)
const call = (label: string) => {
  try { breaker.allow(); console.log(`${label}: admitted (${breaker.state})`) }
  catch (err) { console.log(`${label}: ${(err as Error).name} (${breaker.state})`) }
}
for (let i = 0; i < 5; i++) breaker.record('vendor-fault')
console.log(`t=0s   5 vendor faults -> ${breaker.state}`)
clock.t = 30; call('t=30s  call')
clock.t = 60; call('t=60s  probe 1'); call('t=60s  probe 2'); call('t=60s  call 3')
breaker.record('success'); breaker.record('success')
console.log(`2 probe successes -> ${breaker.state}, counters ${JSON.stringify(breaker.counters)}`)
