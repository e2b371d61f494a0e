import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the capacity demo prints the guide numbers', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/kubernetes/capacityMath.demo.ts'))
  expect(lines).toEqual([
    'pod throughput: 1.67/s',
    'local rate x 0.8: 80/min',
    '10 pods x 500/min: 5000/min',
    '10 pods x 4 workers x 500: 20000/min',
    'sockets 10 x 2 x 50: 1000',
    'HPA 10 pods x 80: 800/min vs 500 -> EXCEEDS',
    'HPA 20 pods x 80: 1600/min vs 500 -> EXCEEDS',
  ])
})
