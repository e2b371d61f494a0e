import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('0 sockets after new Agent(), 1 after the first and second request, 0 open after close()', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/mental-model/lifecycle.demo.ts'))
  expect(lines).toEqual([
    'new Agent()         -> server: 0 connection(s) seen, 0 open',
    'first request       -> server: 1 connection(s) seen, 1 open',
    'second request      -> server: 1 connection(s) seen, 1 open',
    'close()             -> server: 1 connection(s) seen, 0 open',
    'request after close -> fetch failed (ClientDestroyedError: The client is destroyed)',
  ])
})
