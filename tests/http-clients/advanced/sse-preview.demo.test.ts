import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('prints the eight tokens of the seeded stream', async () => {
  expect(await runDemo('sse-preview')).toEqual(['8 tokens: answers| quota| model| pool| socket| latency| prompt| stream'])
})
