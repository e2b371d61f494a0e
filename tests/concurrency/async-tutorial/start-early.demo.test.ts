import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the unsafe child crashing and the safe one exiting 0', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/start-early.demo.ts'))
  expect(lines).toEqual([
    'unsafeMain: exit code 1, Error: user service down',
    'safeMain: exit code 0, config + guest',
  ])
})
