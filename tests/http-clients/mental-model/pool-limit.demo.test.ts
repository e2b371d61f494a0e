import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('10 sockets and 90 queued mid-flight; 100 answers with at most 10 at the server', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/mental-model/pool-limit.demo.ts'))
  expect(lines).toEqual([
    'mid-flight: 10 sockets, 10 running, 90 queued in the pool',
    'done: 100 answers, the server never saw more than 10 at once',
    'connections opened: 10',
  ])
})
