import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { getFolderLogger } from '../../../snippets/core-concepts/logging/folder-loggers.ts'
import { openedLoggers, readLines, tempDir } from './support.ts'

// The cache is module state, as in an app: each test uses its own folder names.
const opened = openedLoggers()
let dir = tempDir()
afterEach(() => {
  opened.closeAll()
  dir.remove()
  dir = tempDir()
})

function folder(name: string): Logger {
  const logger = getFolderLogger(name, join(dir.path, `${name}.log`))
  opened.keep(logger)
  return logger
}

describe('folder-loggers: one cached logger per folder', () => {
  it('two calls return the same instance (the file is opened once)', () => {
    const first = folder('data-a')
    const second = getFolderLogger('data-a', join(dir.path, 'elsewhere.log'))
    expect(second).toBe(first)
    expect(existsSync(join(dir.path, 'elsewhere.log'))).toBe(false)
  })

  it('one log call produces exactly one line in its file, however many importers asked for it', () => {
    for (let importer = 0; importer < 3; importer++)
      folder('data-b')
    folder('data-b').info('loaded 3 rows')
    const lines = readLines(join(dir.path, 'data-b.log'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ name: 'data-b', msg: 'loaded 3 rows', level: 'info' })
  })

  it('the model folder writes to its own file, separate from data', () => {
    folder('data-c').info('data line')
    folder('model-c').info('model line')
    expect(readLines(join(dir.path, 'data-c.log')).map(line => line.msg)).toEqual(['data line'])
    expect(readLines(join(dir.path, 'model-c.log')).map(line => line.msg)).toEqual(['model line'])
  })

  it('folder loggers keep debug lines for debugging one area', () => {
    folder('data-d').debug('row 17 skipped')
    expect(readLines(join(dir.path, 'data-d.log')).map(line => line.level)).toEqual(['debug'])
  })
})
