import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('all 10 burst sockets stay idle, then all expire; the next call pays a new handshake', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/idle-expiry.demo.ts'))
  expect(lines).toEqual([
    'after the burst: 10 sockets open at the server (all idle)',
    '0.3 s quiet: 10 still open',
    'after the 1 s keep-alive timeout: 0 open',
    'next call: 11 sockets opened in total (a new handshake)',
  ])
}, 15_000)
