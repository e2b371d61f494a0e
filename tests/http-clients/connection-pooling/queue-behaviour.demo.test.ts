import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('six calls through five sockets: all answered, the sixth queued until an answer freed a socket', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/queue-behaviour.demo.ts'))
  expect(lines).toEqual([
    '6 answers, no error',
    'call 6 reached the server after the first answer: true',
    'at most 5 in flight, 5 sockets opened',
  ])
}, 15_000)
