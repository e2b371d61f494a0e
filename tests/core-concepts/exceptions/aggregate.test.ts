import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { closeAll, firstAnswer } from '../../../snippets/core-concepts/exceptions/aggregate.ts'

describe('aggregate: AggregateError and allSettled', () => {
  it('Promise.any over three failing tasks rejects with an AggregateError holding the three errors', async () => {
    const errors = [new Error('a'), new Error('b'), new Error('c')]
    const err: unknown = await firstAnswer(errors.map(e => async (): Promise<never> => { throw e })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AggregateError)
    if (!(err instanceof AggregateError))
      throw new Error('unreachable')
    expect(err.errors).toEqual(errors)
    err.errors.forEach((e, i) => expect(e).toBe(errors[i]))
  })

  it('the first success wins even when others fail', async () => {
    await expect(firstAnswer([async () => { throw new Error('down') }, async () => 'answer'])).resolves.toBe('answer')
  })

  it('closeAll throws one aggregate when two of three closers fail and still calls the third', async () => {
    const calls: string[] = []
    const db = new Error('db pool')
    const queue = new Error('queue')
    const err: unknown = await closeAll([
      async () => { calls.push('db'); throw db },
      async () => { calls.push('cache') },
      async () => { calls.push('queue'); throw queue },
    ]).catch((e: unknown) => e)
    expect(calls).toEqual(['db', 'cache', 'queue'])
    expect(err).toBeInstanceOf(AggregateError)
    if (!(err instanceof AggregateError))
      throw new Error('unreachable')
    expect(err.errors).toHaveLength(2)
    expect(err.errors[0]).toBe(db)
    expect(err.errors[1]).toBe(queue)
    expect(err.message).toBe('2 of 3 resources failed to close')
  })

  it('closeAll resolves when every closer succeeds', async () => {
    await expect(closeAll([async () => {}, async () => {}])).resolves.toBeUndefined()
  })

  it('demo prints both aggregates', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/aggregate.demo.ts'))
    expect(lines).toEqual([
      'AggregateError: replica-a is down; replica-b is down; replica-c is down',
      'cache closed',
      '2 of 3 resources failed to close',
    ])
  })
})
