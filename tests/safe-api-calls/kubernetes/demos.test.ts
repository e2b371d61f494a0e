// The kubernetes deck's Node demos, run as the slide runs them, asserting what they print.
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('kubernetes demos', () => {
  it('podSimulation: five pods, five times the contract', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/kubernetes/podSimulation.demo.ts'))
    expect(lines).toEqual([
      'each pod alone: never more than 10 per second',
      'the vendor: more than twice its contract of 10 per second',
    ])
  })

  it('globalLimiter: five pods, one quota; the last slot goes to exactly one', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/kubernetes/globalLimiter.demo.ts'))
    expect(lines).toEqual([
      '5 pods, one Redis window: never more than 20 per second',
      '50 simultaneous acquire() with one slot left: 1 admitted',
    ])
  })

  it('burstAtOnePod: 50 in flight unprotected; 5 with the layers, 45 fast 503s', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/kubernetes/burstAtOnePod.demo.ts'))
    expect(lines).toEqual([
      'unprotected pod: 50 calls in flight at the vendor',
      'layered pod: 5 in flight, 45 fast 503s at the queue deadline',
    ])
  })
})
