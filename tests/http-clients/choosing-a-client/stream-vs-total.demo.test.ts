import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows three survivors and four cut streams', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/choosing-a-client/stream-vs-total.demo.ts'))
  expect(lines.map(l => l.replace(/ +/g, ' '))).toEqual([
    'undici bodyTimeout (idle) complete (21 events)',
    'got timeout.socket (idle) complete (21 events)',
    'got timeout.request (total) cut: timeout/deadline',
    'ky timeout (total) cut: timeout/deadline',
    'axios timeout, http adapter complete (21 events)',
    'axios timeout, fetch adapter cut: timeout/unknown',
    'AbortSignal.timeout (total) cut: timeout/deadline',
  ])
})
