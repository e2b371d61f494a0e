import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { refreshPrices, refreshPricesBad } from '../../../snippets/core-concepts/exceptions/never-swallow.ts'

const failure = new Error('pricing API 503')
const failingFetch = async (): Promise<void> => { throw failure }

describe('never-swallow: empty catch vs deliberate warning', () => {
  it('the good version warns once, with the error under err', async () => {
    const warnings: Array<{ err: unknown, msg: string }> = []
    await expect(refreshPrices(failingFetch, { warn: ({ err }, msg) => warnings.push({ err, msg }) })).resolves.toBeUndefined()
    expect(warnings).toEqual([{ err: failure, msg: 'price refresh failed; serving cached prices' }])
  })

  it('the good version logs nothing when the refresh works', async () => {
    const warnings: unknown[] = []
    await refreshPrices(async () => {}, { warn: (...args) => warnings.push(args) })
    expect(warnings).toEqual([])
  })

  it('the anti-pattern: the bad version resolves as if it worked and leaves no trace anywhere', async () => {
    const printed = await captureConsole(async () => {
      await expect(refreshPricesBad(failingFetch)).resolves.toBeUndefined()
    })
    expect(printed).toEqual([])
  })
})
