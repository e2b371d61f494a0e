import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('every fabricated error maps to its phase and decision', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/timeouts/classify-errors.demo.ts'))
  expect(lines.map(l => l.replace(/ +/g, ' '))).toEqual([
    'QueueTimeoutError (kit limiter) -> pool give-up',
    'fetch failed <- CONNECT_TIMEOUT -> connect retry',
    'HeadersTimeoutError (request) -> headers retry-if-idempotent',
    'terminated <- BODY_TIMEOUT -> body retry-if-idempotent',
    'DOMException TimeoutError -> deadline give-up',
    'DOMException AbortError -> aborted give-up',
    'RangeError (a bug) -> - rethrow',
  ])
})
