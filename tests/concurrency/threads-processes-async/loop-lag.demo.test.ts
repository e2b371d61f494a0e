import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints a low idle lag and a busy-loop lag of about 300 ms', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/loop-lag.demo.ts'))
  expect(lines).toHaveLength(2)
  const [idle, busy] = lines.map(line => line.match(/^(idle|busy loop): +p99 (\d+) ms, max (\d+) ms$/))
  expect(idle?.[1]).toBe('idle')
  expect(busy?.[1]).toBe('busy loop')
  const idleP99 = Number(idle?.[2])
  const busyMax = Number(busy?.[3])
  expect(busyMax).toBeGreaterThanOrEqual(250)
  expect(idleP99).toBeLessThan(busyMax / 2)
})
