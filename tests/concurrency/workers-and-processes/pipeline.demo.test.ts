import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints 100 parsed results, the download cap and completion order', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/pipeline.demo.ts'))
  expect(lines).toEqual([
    '100 parsed, at most 50 downloads in flight',
    'parsed in input order? no: completion order',
  ])
})
