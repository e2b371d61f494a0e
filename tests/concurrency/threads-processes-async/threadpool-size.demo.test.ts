import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints that the file read waits whenever the hashes fill the pool', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/threadpool-size.demo.ts'))
  expect(lines).toEqual([
    'UV_THREADPOOL_SIZE=4, 4 hashes: the file read waited for a hash',
    'UV_THREADPOOL_SIZE=8, 4 hashes: the file read finished first',
    'UV_THREADPOOL_SIZE=8, 8 hashes: the file read waited for a hash',
  ])
})
