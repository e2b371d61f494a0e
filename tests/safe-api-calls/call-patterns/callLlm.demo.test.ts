import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the callLlm demo retries 503, 503 and succeeds on the third attempt', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/callLlm.demo.ts'))
  expect(lines).toEqual([
    'attempt 0: vendor_http_error 503',
    'attempt 0: retrying 50',
    'attempt 1: vendor_http_error 503',
    'attempt 1: retrying 100',
    'attempt 2: vendor_success 200',
    '=> 200 after 3 attempts, request id demo-1',
  ])
})
