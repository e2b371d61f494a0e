import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the budget, the caller and the kit deadline each end the slow stream with their own reason', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/timeouts/deadline.demo.ts'))
  expect(lines).toEqual([
    'AbortSignal.timeout(1000): TimeoutError (phase deadline)',
    'caller leaves at 300 ms:   AbortError (phase aborted)',
    'kit deadline(600):         DeadlineExceededError (phase deadline)',
  ])
})
