import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the crash without supervision and the logged failure with it', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/fire-and-forget.demo.ts'))
  expect(lines).toEqual([
    '--- unsupervisedMain: exit code 1',
    'order 42 placed',
    'crashed: Error: SMTP refused the mail for order 42',
    '--- supervisedMain: exit code 0',
    'order 42 placed',
    'background task failed: task=send-confirmation orderId=42 error="Error: SMTP refused the mail for order 42"',
    'still serving',
  ])
})
