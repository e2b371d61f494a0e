import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('http.Agent keeps exactly maxFreeSockets idle after a burst', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/node-http-agent.demo.ts'))
  expect(lines).toEqual([
    'burst of 10: 10 sockets opened',
    'kept warm: 3 idle in the free list, 3 open at the server',
  ])
}, 15_000)
