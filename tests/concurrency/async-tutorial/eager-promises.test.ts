import { describe, expect, it } from 'vitest'
import { callWithoutAwait, fetchData, makeRecipe } from '../../../snippets/concurrency/async-tutorial/eager-promises.ts'

describe('eager-promises', () => {
  it('calling an async function runs its body synchronously, before anything is awaited', async () => {
    const log: string[] = []
    const pending = callWithoutAwait(line => log.push(line))
    expect(log).toEqual(['fetchData(1): started', 'caller: got a Promise back, nothing awaited yet'])
    expect(await pending).toBe('data 1')
  })

  it('creating a thunk starts nothing; invoking it starts the work', async () => {
    const log: string[] = []
    const recipe = makeRecipe(line => log.push(line))
    await new Promise(resolve => setTimeout(resolve, 20)) // time passes: still nothing started
    expect(log).toEqual(['caller: made a thunk, nothing started'])
    const cooking = recipe()
    expect(log.at(-1)).toBe('fetchData(2): started')
    expect(await cooking).toBe('data 2')
  })

  it('each call of fetchData is a new run', async () => {
    const log: string[] = []
    await Promise.all([fetchData(7, l => log.push(l)), fetchData(8, l => log.push(l))])
    expect(log).toEqual(['fetchData(7): started', 'fetchData(8): started'])
  })
})
