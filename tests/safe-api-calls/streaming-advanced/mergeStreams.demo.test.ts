import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('mergeStreams demo', () => {
  it('prints every lane in order, one error marker for wiki, and the total', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-advanced/mergeStreams.demo.ts'))
    expect(lines).toEqual([
      'web  -> web0 web1 web2 web3',
      'docs -> docs0 docs1 docs2',
      'wiki -> wiki0 wiki1 [error: wiki rate-limited]',
      'merged 10 items from 3 sources',
    ])
  })
})
