import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the eight tokens of the seeded stream', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/sse-preview.demo.ts'))).toEqual(['8 tokens: answers| quota| model| pool| socket| latency| prompt| stream'])
})
