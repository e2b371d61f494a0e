import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints what survives a structured clone and what does not', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/clone-rules.demo.ts'))
  expect(lines).toEqual([
    'plain data: a copy (same object: false)',
    'Map k=1, Date: true (1970)',
    'a function: DataCloneError',
    'a Job instance: instanceof Job false, describe() lost',
    'transfer 1 MiB: sender now 0 bytes, receiver 1048576 bytes',
  ])
})
