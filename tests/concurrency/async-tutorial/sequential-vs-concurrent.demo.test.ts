import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo prints five staggered sleeps, then five together, with bucketed totals', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/sequential-vs-concurrent.demo.ts'))
  expect(lines).toHaveLength(12)
  expect(lines[5]).toBe('sequential total: ~2500 ms')
  expect(lines[11]).toBe('concurrent total: ~500 ms')
  const at = (line: string) => Number(/at (\d+) ms/.exec(line)?.[1])
  const sequentialEnds = lines.slice(0, 5).map(at)
  expect(sequentialEnds.every((ms, i) => ms >= 500 * (i + 1) - 5)).toBe(true)
  expect(lines.slice(6, 11).map(at).every(ms => ms >= 495 && ms < 1000)).toBe(true)
})
