import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('streamed stays small, buffered holds 50 MB', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/stream-bytes.demo.ts'))).toEqual([
    'streamed: 50 MB counted, held under 16 MB: true',
    'buffered: 50 MB in one buffer, live memory over 50 MB: true',
  ])
}, 30_000)
