import { describe, expect, it } from 'vitest'
import { BreakerOpenError, ClientAbortError, QueueTimeoutError, TransportError, UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { BreakerStateMachine, GUIDE_BREAKER, outcomeOf } from '../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'

const S = 1_000
function machine() {
  const clock = { t: 0 }
  return { clock, b: new BreakerStateMachine(GUIDE_BREAKER, () => clock.t) }
}
const faults = (b: BreakerStateMachine, n: number) => { for (let i = 0; i < n; i++) b.record('vendor-fault') }
function openAt(t: number) {
  const m = machine()
  m.clock.t = t
  faults(m.b, 5)
  return m
}

describe('breakerStateMachine: exact states, thresholds and transitions', () => {
  it('4 vendor faults stay closed, the 5th opens', () => {
    const { b } = machine()
    faults(b, 4)
    expect(b.state).toBe('closed')
    b.record('vendor-fault')
    expect(b.state).toBe('open')
  })

  it('while open, allow() throws BreakerOpenError with the time left', () => {
    const { b, clock } = openAt(0)
    clock.t = 15 * S
    expect(() => b.allow()).toThrow(BreakerOpenError)
    try { b.allow() }
    catch (err) { expect((err as BreakerOpenError).retryAfterMs).toBe(45 * S) }
  })

  it('a success while closed clears the count', () => {
    const { b } = machine()
    faults(b, 4)
    b.record('success')
    expect(b.counters.failures).toBe(0)
    faults(b, 4)
    expect(b.state).toBe('closed')
  })

  it('3 faults, a 61 s pause, 2 faults: still closed', () => {
    const { b, clock } = machine()
    faults(b, 3)
    clock.t = 61 * S
    faults(b, 2)
    expect(b.state).toBe('closed')
  })

  it('faults 50 s apart never open it (a rolling window, not a refreshed expiry)', () => {
    const { b, clock } = machine()
    for (const t of [0, 50, 100, 150, 200]) {
      clock.t = t * S
      b.record('vendor-fault')
    }
    expect(b.state).toBe('closed')
    expect(b.counters.failures).toBe(2) // 150 s and 200 s are within 60 s of each other
  })

  it('after 60 s open -> half-open; 2 probes admitted, the 3rd rejected', () => {
    const { b, clock } = openAt(0)
    clock.t = 60 * S
    b.allow()
    expect(b.state).toBe('half-open')
    b.allow()
    expect(() => b.allow()).toThrow(BreakerOpenError)
    expect(b.counters.probes).toBe(2)
  })

  it('2 probe successes close it with every counter at 0', () => {
    const { b, clock } = openAt(0)
    clock.t = 60 * S
    b.allow(); b.allow()
    b.record('success')
    expect(b.state).toBe('half-open')
    b.record('success')
    expect(b.state).toBe('closed')
    expect(b.counters).toEqual({ failures: 0, probes: 0, successes: 0 })
  })

  it('a probe failure reopens it with a fresh open time', () => {
    const { b, clock } = openAt(0)
    clock.t = 70 * S
    b.allow()
    b.record('vendor-fault')
    expect(b.state).toBe('open')
    clock.t = 129 * S
    expect(() => b.allow()).toThrow(BreakerOpenError) // 59 s after reopening, not 129 s after the first
    clock.t = 130 * S
    b.allow()
    expect(b.state).toBe('half-open')
  })

  it('entering half-open a second time starts with 0 successes', () => {
    const { b, clock } = openAt(0)
    clock.t = 60 * S
    b.allow()
    b.record('success') // 1 success ...
    b.allow()
    b.record('vendor-fault') // ... then a failure: open again
    clock.t = 120 * S
    b.allow()
    expect(b.counters.successes).toBe(0)
    b.record('success')
    expect(b.state).toBe('half-open') // one success is not enough (the guide's stale counter would close here)
  })

  it('neutral outcomes never change state', () => {
    const { b } = machine()
    const neutral = [new UpstreamHttpError(400), new UpstreamHttpError(401), new UpstreamHttpError(429, 1_000),
      new ClientAbortError(), new QueueTimeoutError(), new BreakerOpenError(5)]
    for (const err of neutral) expect(outcomeOf(err)).toBe('neutral')
    for (let i = 0; i < 20; i++) b.record(outcomeOf(neutral[i % neutral.length]))
    expect(b.state).toBe('closed')
    expect(b.counters.failures).toBe(0)
    expect(outcomeOf(new UpstreamHttpError(503))).toBe('vendor-fault')
    expect(outcomeOf(new TransportError('reset'))).toBe('vendor-fault')
  })
})
