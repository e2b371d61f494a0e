import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints one tool per described workload', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/choose-tool.demo.ts'))
  expect(lines).toEqual([
    '100 concurrent LLM calls   -> event-loop',
    'tokenise 10 MB of text     -> worker-pool',
    'hash passwords (scrypt)    -> async-native',
    'SDK with only sync calls   -> worker-pool',
    'run ffmpeg on an upload    -> child-process',
  ])
})
