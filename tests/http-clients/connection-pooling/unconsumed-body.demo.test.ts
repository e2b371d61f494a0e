import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('two unread bodies starve a pool of 2; cancelling them lets all three through', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/unconsumed-body.demo.ts'))
  expect(lines).toEqual([
    'leak: 200, 200, TimeoutError',
    'fixed: 200, 200, 200',
  ])
}, 15_000)
