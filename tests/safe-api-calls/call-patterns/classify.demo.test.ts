import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the classify demo prints one decision per sample error', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/classify.demo.ts'))
  expect(lines).toEqual([
    'fetch failed <- ECONNRESET   -> retry (transport reset)',
    'vendor 503                   -> retry (503)',
    'vendor 429, Retry-After 2 s  -> wait-then-retry (429)',
    'vendor 401                   -> stop (client error 401)',
    'call timeout, attempt 0      -> retry (call timeout)',
    'call timeout, attempt 1      -> stop (call timeout again)',
    'queue timeout                -> stop (QueueTimeoutError)',
  ])
})
