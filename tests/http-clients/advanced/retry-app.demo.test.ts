import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('two 503s are retried, the third call succeeds', async () => {
  expect(await runDemo('retry-app')).toEqual([
    'attempt 1: 503', 'attempt 2: 503', 'attempt 3: 200', 'result: 200 after 3 calls',
  ])
})
