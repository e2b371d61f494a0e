import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('three records out of awkwardly cut chunks', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/stream-jsonl.demo.ts'))).toEqual([
    '{"id":1,"text":"héllo"}', '{"id":2,"text":"world"}', '{"id":3,"text":"!"}',
  ])
})
