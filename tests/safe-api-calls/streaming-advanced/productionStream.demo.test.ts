import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('productionStream demo', () => {
  it('prints each case with its last event and the gauges back at rest', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-advanced/productionStream.demo.ts'))
    expect(lines[0]).toBe('normal: 200, 12 chunks, last: data: [DONE]')
    expect(lines[2]).toBe('stall after 3: 200, 3 chunks, last: event: error data: {"error":"timeout"}')
    expect(lines[4]).toBe('reset after 3: 200, 3 chunks, last: event: error data: {"error":"upstream_error"}')
    for (const i of [1, 3, 5])
      expect(lines[i]).toContain('permits 2/2 · active streams 0')
    expect(lines[3]).toContain('vendor saw 1 client close(s)') // the stalled upstream was aborted
    expect(lines[5]).toContain('breaker failures 2')
  })
})
