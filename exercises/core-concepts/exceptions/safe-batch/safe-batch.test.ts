import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { processAll } from './safe-batch.ts'

interface Line {
  level: number
  itemId: string
  msg: string
  err: { type: string, message: string, stack: string }
}

// A real pino logger writing JSON lines into memory.
function capture() {
  const written: string[] = []
  const logger = pino({ base: undefined }, { write: (line: string) => { written.push(line) } })
  return { logger, lines: () => written.map(line => JSON.parse(line) as Line) }
}

const items = ['a', 'b', 'c', 'd'].map(id => ({ id }))

describe('safe-batch', () => {
  it('a mixed outcome runs every item, returns the counts and logs one line per failure', async () => {
    const { logger, lines } = capture()
    const seen: string[] = []
    const result = await processAll(items, async (item) => {
      seen.push(item.id)
      if (item.id === 'b' || item.id === 'd')
        throw new Error(`item ${item.id} is broken`)
    }, logger)
    expect(seen).toEqual(['a', 'b', 'c', 'd'])
    expect(result).toEqual({ ok: 2, failed: 2 })
    const logged = lines()
    expect(logged.map(line => line.itemId)).toEqual(['b', 'd'])
    expect(logged.every(line => line.level === 50)).toBe(true)
    expect(logged.map(line => line.err.message)).toEqual(['item b is broken', 'item d is broken'])
    expect(logged[0]?.err.stack).toContain('item b is broken')
  })

  it('when every item failed it throws an AggregateError holding every original error', async () => {
    const { logger, lines } = capture()
    const errors = new Map(items.map(item => [item.id, new Error(`no ${item.id}`)]))
    const thrown = await processAll(items, async (item) => { throw errors.get(item.id) }, logger)
      .then(() => undefined, (err: unknown) => err)
    expect(thrown).toBeInstanceOf(AggregateError)
    if (!(thrown instanceof AggregateError))
      throw new Error('unreachable')
    expect(thrown.errors).toHaveLength(4)
    items.forEach((item, i) => expect(thrown.errors[i]).toBe(errors.get(item.id)))
    expect(lines()).toHaveLength(4)
  })

  it('no failure logs nothing', async () => {
    const { logger, lines } = capture()
    await expect(processAll(items, async () => {}, logger)).resolves.toEqual({ ok: 4, failed: 0 })
    expect(lines()).toEqual([])
  })

  it('an empty batch is not a total failure', async () => {
    const { logger } = capture()
    await expect(processAll([], async () => {}, logger)).resolves.toEqual({ ok: 0, failed: 0 })
  })
})
