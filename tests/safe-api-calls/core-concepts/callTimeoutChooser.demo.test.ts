import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the percentiles and what each candidate timeout cuts', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/callTimeoutChooser.demo.ts'))
  expect(lines).toEqual([
    'p50 4.0 s | p95 18.0 s | p99 25.0 s',
    'timeout 10 s cuts 30.8% of calls',
    'timeout 20 s cuts 5.0% of calls',
    'timeout 25 s cuts 1.0% of calls',
    'timeout 30 s cuts 0.5% of calls',
  ])
})
