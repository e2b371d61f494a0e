import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the shared agent opens 1 connection for 20 requests, an agent per call opens 20', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/mental-model/reuse.demo.ts'))
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^one shared agent {2}: 20 requests -> 1 connection\(s\), median \d+\.\d ms$/)
  expect(lines[1]).toMatch(/^new agent per call: 20 requests -> 20 connection\(s\), median \d+\.\d ms$/)
  const [shared, perCall] = lines.map(line => Number(/median ([\d.]+) ms/.exec(line)?.[1]))
  expect(perCall).toBeGreaterThanOrEqual(45) // every request paid the 50 ms connect
  expect(shared).toBeLessThan(perCall! - 20) // only the first one did
})
