import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('two 503s are retried, the third call succeeds', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/retry-app.demo.ts'))).toEqual([
    'attempt 1: 503', 'attempt 2: 503', 'attempt 3: 200', 'result: 200 after 3 calls',
  ])
})
