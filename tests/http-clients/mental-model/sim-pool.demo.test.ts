import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('one handshake for three sequential requests; the eleventh of a burst waits for a socket', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/mental-model/sim-pool.demo.ts'))
  expect(lines).toEqual([
    'new socket: DNS 20 + TCP 40 + TLS 80 = 140 ms',
    'req 1: new socket, handshake + HTTP = 170 ms',
    'req 2: reused socket, HTTP only = 30 ms',
    'req 3: reused socket, HTTP only = 30 ms',
    '11 at once, limit 10: 10 handshakes, #11 waits 170 ms for a socket',
  ])
})
