import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the callLlm demo retries 503, 503 and succeeds on the third attempt', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/callLlm.demo.ts'))
  expect(lines).toEqual([
    '#0 acquiring_rate_token ',
    '#0 acquiring_permit ',
    '#0 calling_vendor ',
    '#0 vendor_http_error 503',
    '#0 retrying 50',
    '#1 acquiring_rate_token ',
    '#1 acquiring_permit ',
    '#1 calling_vendor ',
    '#1 vendor_http_error 503',
    '#1 retrying 100',
    '#2 acquiring_rate_token ',
    '#2 acquiring_permit ',
    '#2 calling_vendor ',
    '#2 vendor_success 200',
    '=> 200 after 3 attempts, id demo-1',
  ])
})
