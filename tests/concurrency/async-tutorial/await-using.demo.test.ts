import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo reads a line, then shows reverse-order disposal and a SuppressedError', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/await-using.demo.ts'))
  expect(lines[0]).toMatch(/^first line: \/\/ Python's `async with` is `await using`/)
  const order = ['open db', 'open cache', 'work', 'close cache', 'close db']
  expect(lines.slice(1)).toEqual([...order, ...order,
    'SuppressedError: Error: closing cache failed, suppressing Error: work failed'])
})
