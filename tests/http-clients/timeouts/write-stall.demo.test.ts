import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the stalled upload ends at the deadline with TimeoutError', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/timeouts/write-stall.demo.ts'))
  expect(lines[0]).toBe('server stops reading; upload of 256 MiB with an 800 ms deadline')
  expect(lines[1]).toMatch(/^-> TimeoutError \(phase deadline\) after (\d+) ms$/)
  const ms = Number(/after (\d+) ms/.exec(lines[1] ?? '')?.[1])
  expect(ms).toBeGreaterThanOrEqual(800)
  expect(ms).toBeLessThan(800 + 2000) // generous: a loaded machine
  expect(lines).toHaveLength(2)
})
