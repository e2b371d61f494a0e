import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'

describe('capture: an in-memory destination for tests', () => {
  it('records each pino line synchronously, as text and parsed', () => {
    const out = memoryDestination()
    const log = pino({ base: undefined }, out)
    log.info({ orderId: 7 }, 'paid')
    log.warn('slow')
    expect(out.lines()).toHaveLength(2)
    expect(out.records()[0]).toMatchObject({ level: 30, orderId: 7, msg: 'paid' })
    expect(out.records()[1]).toMatchObject({ level: 40, msg: 'slow' })
  })

  it('works inside a multistream, with per-stream levels', () => {
    const infoUp = memoryDestination()
    const all = memoryDestination()
    const log = pino({ level: 'debug' }, pino.multistream([{ level: 'info', stream: infoUp }, { level: 'debug', stream: all }]))
    log.debug('detail')
    log.info('event')
    expect(infoUp.records().map(r => r.msg)).toEqual(['event'])
    expect(all.records().map(r => r.msg)).toEqual(['detail', 'event'])
  })

  it('starts empty', () => {
    expect(memoryDestination().records()).toEqual([])
  })
})
