import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { runWorker } from '../../../snippets/core-concepts/exceptions/worker-loop.ts'

const items = ['1', '2', '3', '4', '5'].map(id => ({ id }))

describe('worker-loop: the boundary logs and continues', () => {
  it('processes 1, 2, 4, 5 and logs exactly one error with item id 3 and the original error', async () => {
    const failure = new Error('invoice 3 has no customer')
    const processed: string[] = []
    const logged: Array<{ fields: { err: unknown, itemId: string }, msg: string }> = []
    const result = await runWorker(items, async (item) => {
      if (item.id === '3')
        throw failure
      processed.push(item.id)
    }, { error: (fields, msg) => logged.push({ fields, msg }) })

    expect(processed).toEqual(['1', '2', '4', '5'])
    expect(result).toEqual({ processed: 4, failed: ['3'] })
    expect(logged).toHaveLength(1)
    expect(logged[0]?.fields.itemId).toBe('3')
    expect(logged[0]?.fields.err).toBe(failure)
  })

  it('through a real pino logger the line carries itemId and the serialized error', async () => {
    const out: string[] = []
    const log = pino({ base: undefined }, { write: (line: string) => { out.push(line) } })
    await runWorker(items, async (item) => {
      if (item.id === '3')
        throw new Error('invoice 3 has no customer')
    }, log)
    expect(out).toHaveLength(1)
    const line = JSON.parse(out[0]!) as { level: number, itemId: string, err: { type: string, message: string, stack: string }, msg: string }
    expect(line).toMatchObject({ level: 50, itemId: '3', msg: 'item failed, continuing' })
    expect(line.err).toMatchObject({ type: 'Error', message: 'invoice 3 has no customer' })
    expect(line.err.stack).toContain('invoice 3 has no customer')
  })

  it('demo shows one logged failure and four processed items', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/worker-loop.demo.ts'))
    expect(lines).toEqual([
      '[error] item failed, continuing: item 3, invoice 3 has no customer',
      'processed 4, failed: 3',
    ])
  })
})
