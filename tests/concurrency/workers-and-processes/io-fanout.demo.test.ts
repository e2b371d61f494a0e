import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints answers in completion order, the hanging call as a timeout, and the in-flight cap', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/io-fanout.demo.ts'))
  expect(lines).toHaveLength(4)
  expect(lines[0]).toMatch(/^b \(100 ms\): \S+( \S+)+$/)
  expect(lines[1]).toMatch(/^a \(300 ms\): \S+( \S+)+$/)
  expect(lines[2]).toBe('c (hangs): failed (TimeoutError)')
  expect(lines[3]).toBe('100 calls, at most 20 in flight')
})
