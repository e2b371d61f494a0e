import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo prints the four kinds in loop order, numbered', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/event-loop-order.demo.ts'))
  expect(lines).toEqual([
    '1. synchronous code',
    '2. process.nextTick (Node)',
    '3. promise.then (microtask)',
    '4. timeout (macrotask)',
  ])
})
