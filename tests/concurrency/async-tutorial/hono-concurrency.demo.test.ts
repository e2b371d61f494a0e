import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows five 200 responses in about one sleep', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/hono-concurrency.demo.ts'))
  expect(lines).toEqual([
    ...[1, 2, 3, 4, 5].map(n => `200 {"n":${n},"sleptMs":500}`),
    'five requests in about one sleep (< 1 s), not 2.5 s',
  ])
})
