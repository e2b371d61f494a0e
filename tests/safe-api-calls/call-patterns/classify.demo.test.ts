import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the classify demo prints one decision per sample error', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/classify.demo.ts'))
  expect(lines).toEqual([
    'fetch failed <- ECONNRESET -> retry',
    'vendor 429, advice 2 s -> wait-then-retry',
    'vendor 401 -> stop',
    'call timeout, attempt 0 -> retry',
    'call timeout, attempt 1 -> stop',
    'queue timeout -> stop',
  ])
})
