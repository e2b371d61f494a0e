// The deck's live demos, run as the slides run them, asserting what they print.
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'


describe('advanced-patterns demos', () => {
  it('breakerStateMachine: open, fail fast, 2 probes, closed with counters at 0', async () => {
    expect(await captureConsole(() => import('../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.demo.ts'))).toEqual([
      't=0s   5 vendor faults -> open',
      't=30s  call: BreakerOpenError (open)',
      't=60s  probe 1: admitted (half-open)',
      't=60s  probe 2: admitted (half-open)',
      't=60s  call 3: BreakerOpenError (half-open)',
      '2 probe successes -> closed, counters {"failures":0,"probes":0,"successes":0}',
    ])
  })

  it('cockatielBreaker: pod A opens, pod B keeps calling the broken vendor', async () => {
    expect(await captureConsole(() => import('../../../snippets/safe-api-calls/advanced-patterns/cockatielBreaker.demo.ts'))).toEqual([
      'pod A: breaker Open after 5 of its 10 calls',
      'pod B: breaker Closed, 3 more requests to the broken vendor',
      'the vendor saw 8 failing requests',
    ])
  })

  it('redisBreaker: two pods share one breaker and one probe budget', async () => {
    expect(await captureConsole(() => import('../../../snippets/safe-api-calls/advanced-patterns/redisBreaker.demo.ts'))).toEqual([
      'pod B after 5 faults on pod A: BreakerOpenError, no vendor call',
      '10 concurrent calls after the open timeout: 2 probes admitted',
      '2 probe successes: pod A sees closed, pod B sees closed',
    ])
  })

  it('pQueuePriority: the higher number runs first', async () => {
    expect(await captureConsole(() => import('../../../snippets/safe-api-calls/advanced-patterns/pQueuePriority.demo.ts'))).toEqual([
      'p-queue ran: chat reply -> batch report -> batch embed',
      'same numbers in Python PriorityQueue or BullMQ: the batch jobs first',
    ])
  })

  it('loadShedding: who is served at each pressure', async () => {
    expect(await captureConsole(() => import('../../../snippets/safe-api-calls/advanced-patterns/loadShedding.demo.ts'))).toEqual([
      'pressure 0.65: free served, pro served, premium served',
      'pressure 0.75: free 429 (Retry-After 2 s), pro served, premium served',
      'pressure 0.95: free 429 (Retry-After 5 s), pro 429 (Retry-After 5 s), premium served',
    ])
  })
})
