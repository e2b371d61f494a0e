import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('success, 503 then success, pool timeout, rejected after close, no sockets left', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/production-client.demo.ts'))).toEqual([
    'req-1: ok',
    '  req-2: status/http-503',
    'req-2: retry',
    'req-2: ok',
    '  req-4: timeout/pool',
    'req-5: client is closed',
    'vendor sees 0 open sockets',
  ])
}, 20_000)
