import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints which clock ended each attempt, with its typed reason', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.demo.ts'))
  expect(lines).toEqual([
    'attempt ended by CallTimeoutError; SLA still running: true',
    'attempt ended by ClientAbortError; SLA reason: ClientAbortError',
    'remaining budget after the abort: 0 ms',
  ])
})
