import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('each fabricated error lands in its category', async () => {
  expect((await captureConsole(() => import('../../../snippets/http-clients/advanced/error-taxonomy.demo.ts'))).map(l => l.replace(/ +/g, ' '))).toEqual([
    'ensureOk on 503 -> status/http-503',
    'fetch, connect timeout -> timeout/connect',
    'fetch, refused -> network/refused',
    'fetch, no such host -> network/dns',
    'kit limiter -> timeout/pool',
    'deadline -> timeout/deadline',
    'res.json() on HTML -> decode/decode',
  ])
})
