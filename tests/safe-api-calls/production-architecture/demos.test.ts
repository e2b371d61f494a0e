// The deck's Node demos, run as the slide runs them, asserting what they print.
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('production-architecture demos', () => {
  it('serverConfig: reuse inside the keep-alive window, a new socket after it', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/production-architecture/serverConfig.demo.ts'))
    expect(lines).toEqual([
      'after 100 ms: same socket reused',
      'after 500 ms idle: server closed it, next request needs a new socket',
    ])
  })

  it('executionOrder: the wrong order wastes the permit on rejected requests', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/production-architecture/executionOrder.demo.ts'))
    expect(lines).toEqual([
      'wrong order: permit taken 6x; legitimate call started after the 5 rejected ones',
      'right order: permit taken 1x; legitimate call started right after its own check',
    ])
  })

  it('goldPathApp: every case ends in the status the section promises', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/production-architecture/goldPathApp.demo.ts'))
    expect(lines).toEqual([
      'healthy: 200, vendor saw 1 request(s)',
      'free user, 11 requests: 1 got 429, vendor saw 10',
      '503 burst: 200, vendor saw 3 request(s)',
      'vendor down: 502, vendor saw 3 request(s)',
      'hanging vendor: 504, vendor saw 2 request(s)',
    ])
  })
})
