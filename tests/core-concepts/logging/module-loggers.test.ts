import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createRootLogger } from '../../../snippets/core-concepts/logging/basic-setup.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'
import { moduleLogger } from '../../../snippets/core-concepts/logging/module-loggers.ts'

describe('module-loggers: named children of one root', () => {
  it('each line carries its module value', () => {
    const out = memoryDestination()
    const root = createRootLogger({ level: 'info', destination: out })
    moduleLogger(root, 'data').info('loaded')
    moduleLogger(root, 'model').info('trained')
    root.info('root line')
    expect(out.records().map(r => [r.module, r.msg])).toEqual([['data', 'loaded'], ['model', 'trained'], [undefined, 'root line']])
  })

  it('a child inherits the root level: debug on a child of an info root writes nothing', () => {
    const out = memoryDestination()
    const child = moduleLogger(createRootLogger({ level: 'info', destination: out }), 'data')
    child.debug('detail')
    expect(out.lines()).toEqual([])
    expect(child.level).toBe('info')
  })

  it('a child inherits the formatters: labels and ISO time', () => {
    const out = memoryDestination()
    moduleLogger(createRootLogger({ destination: out }), 'data').warn('careful')
    expect(out.records()[0]).toMatchObject({ level: 'warn', module: 'data', msg: 'careful' })
    expect(String(out.records()[0]?.time)).toMatch(/Z$/)
  })

  it('demo prints pretty lines of two modules without the debug line', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/module-loggers.demo.ts'))
    expect(lines.map(line => line.replace(/^\[\d\d:\d\d:\d\d\] /, ''))).toEqual([
      'INFO: data: loaded 1200 rows',
      'INFO: model: training started',
      'WARN: data: 3 rows had no label',
    ])
  })
})
