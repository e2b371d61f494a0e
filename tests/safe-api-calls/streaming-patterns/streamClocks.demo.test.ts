import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the clocks demo: steady completes, each other case fires its own typed error and aborts upstream', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-patterns/streamClocks.demo.ts'))
  expect(lines).toEqual([
    'steady: completed, 20 items',
    'late first token: TtftTimeoutError (no first token in 300 ms), upstream aborted: true',
    'stall after 3: StreamIdleTimeoutError (no item for 250 ms), upstream aborted: true',
    'too long overall: StreamTotalTimeoutError (stream exceeded 1500 ms), upstream aborted: true',
  ])
})
