import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('each fabricated error lands in its category', async () => {
  expect((await runDemo('error-taxonomy')).map(l => l.replace(/ +/g, ' '))).toEqual([
    'ensureOk on 503 -> status/http-503',
    'fetch, connect timeout -> timeout/connect',
    'fetch, refused -> network/refused',
    'fetch, no such host -> network/dns',
    'kit limiter -> timeout/pool',
    'deadline -> timeout/deadline',
    'res.json() on HTML -> decode/decode',
  ])
})
