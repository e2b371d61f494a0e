import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogging } from '../../../snippets/core-concepts/logging/mixed.ts'
import { openedLoggers, readLines, tempDir } from './support.ts'

const opened = openedLoggers()
let dir = tempDir()
afterEach(() => {
  opened.closeAll()
  dir.remove()
  dir = tempDir()
})

describe('mixed: universal file plus folder files', () => {
  it('a data-logger call appears in both data.log and all.log; a root call only in all.log', () => {
    const { root, folderLogger } = createLogging(dir.path)
    const data = folderLogger('data')
    opened.keep(data)
    opened.keep(root)
    data.info('loaded 1200 rows')
    root.info('server started')
    expect(readLines(join(dir.path, 'data.log')).map(r => r.msg)).toEqual(['loaded 1200 rows'])
    expect(readLines(join(dir.path, 'all.log')).map(r => r.msg)).toEqual(['loaded 1200 rows', 'server started'])
    expect(readLines(join(dir.path, 'all.log'))[0]).toMatchObject({ folder: 'data', level: 'info' })
  })

  it('asking for the folder logger again adds no destination: still one line per file', () => {
    const { root, folderLogger } = createLogging(dir.path)
    opened.keep(root)
    const first = folderLogger('model')
    opened.keep(first)
    expect(folderLogger('model')).toBe(first)
    folderLogger('model').warn('loss is NaN')
    expect(readLines(join(dir.path, 'model.log'))).toHaveLength(1)
    expect(readLines(join(dir.path, 'all.log'))).toHaveLength(1)
  })

  it('two folders keep separate files and share all.log', () => {
    const { root, folderLogger } = createLogging(dir.path)
    for (const logger of [root, folderLogger('data'), folderLogger('model')])
      opened.keep(logger)
    folderLogger('data').info('d')
    folderLogger('model').info('m')
    expect(readLines(join(dir.path, 'data.log')).map(r => r.msg)).toEqual(['d'])
    expect(readLines(join(dir.path, 'model.log')).map(r => r.msg)).toEqual(['m'])
    expect(readLines(join(dir.path, 'all.log')).map(r => r.msg)).toEqual(['d', 'm'])
  })
})
