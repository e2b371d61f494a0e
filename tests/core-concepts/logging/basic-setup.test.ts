import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createRootLogger } from '../../../snippets/core-concepts/logging/basic-setup.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

describe('basic-setup: one configured root logger', () => {
  it('at level info a debug call writes nothing', () => {
    const out = memoryDestination()
    createRootLogger({ level: 'info', destination: out }).debug('cache miss')
    expect(out.lines()).toEqual([])
  })

  it('an info call writes one JSON line with level "info", an ISO-8601 time and the message', () => {
    const out = memoryDestination()
    createRootLogger({ level: 'info', destination: out }).info('server started')
    expect(out.lines()).toHaveLength(1)
    const line = out.records()[0]!
    expect(line.level).toBe('info')
    expect(line.msg).toBe('server started')
    expect(String(line.time)).toMatch(ISO_8601)
    expect(Math.abs(Date.parse(String(line.time)) - Date.now())).toBeLessThan(5_000)
  })

  it('defaults to info', () => {
    const out = memoryDestination()
    const log = createRootLogger({ destination: out })
    expect(log.level).toBe('info')
  })

  it('pretty mode renders "[time] LEVEL: module: message" for development', () => {
    const out = memoryDestination()
    const log = createRootLogger({ level: 'info', pretty: true, destination: out })
    log.child({ module: 'data' }).info('loaded 3 rows')
    log.warn('disk 85% full')
    expect(out.lines()).toHaveLength(2)
    expect(out.lines()[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: data: loaded 3 rows$/)
    expect(out.lines()[1]).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: disk 85% full$/)
  })

  it('demo prints three JSON lines and says the debug line was suppressed', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/basic-setup.demo.ts'))
    expect(lines).toHaveLength(4)
    expect(lines.slice(0, 3).map(line => JSON.parse(line) as Record<string, unknown>).map(r => `${String(r.level)} ${String(r.msg)}`)).toEqual([
      'info server started on port 8080',
      'warn disk 85% full',
      'error payment provider unreachable',
    ])
    expect(lines[3]).toBe('3 lines written, the debug line suppressed')
  })
})
