import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the timeout, the removed queued task and the replaced worker', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/timeout-cancel.demo.ts'))
  expect(lines).toEqual([
    '5 s task, 1 s timeout: AbortError (TimeoutError)',
    'abort queued: busy fulfilled, queued rejected, tasks started: 1',
    'abort running: rejected: AbortError',
    'next task ran on a new thread: true',
  ])
})
