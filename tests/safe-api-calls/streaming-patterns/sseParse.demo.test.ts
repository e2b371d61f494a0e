import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the parser demo turns badly cut reads into the exact deltas', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-patterns/sseParse.demo.ts'))
  expect(lines).toEqual([
    'naive decode of read 2: "delta\\":{\\"content\\":\\"caf�"',
    'delta: "café "',
    'delta: "au lait"',
    '5 reads -> 2 deltas; keep-alive ignored; stopped at [DONE]',
  ])
})
