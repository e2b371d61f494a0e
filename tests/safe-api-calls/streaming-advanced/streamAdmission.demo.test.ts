import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('streamAdmission demo', () => {
  it('prints the 51st refusal, the chunk-rate refusal and the moving average', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-advanced/streamAdmission.demo.ts'))
    expect(lines).toEqual([
      'admitted 50, refused 1 (the 51st)',
      'estimate 990 chunks/s: new stream refused (990 + 20 > 1000)',
      'after a 10 s, 200-chunk stream: estimate 100 -> 98.0',
    ])
  })
})
