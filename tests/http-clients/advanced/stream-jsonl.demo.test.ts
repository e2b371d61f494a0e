import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('three records out of awkwardly cut chunks', async () => {
  expect(await runDemo('stream-jsonl')).toEqual([
    '{"id":1,"text":"héllo"}', '{"id":2,"text":"world"}', '{"id":3,"text":"!"}',
  ])
})
