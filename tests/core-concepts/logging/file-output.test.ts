import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createFileLogger, DEFAULT_LOGS_DIR, logsFolderLogger } from '../../../snippets/core-concepts/logging/file-output.ts'
import { openedLoggers, readLines, tempDir } from './support.ts'

const opened = openedLoggers()
let dir = tempDir()
afterEach(() => {
  opened.closeAll()
  dir.remove()
  dir = tempDir()
})
const keep = opened.keep

describe('file-output: file destinations', () => {
  it('two consecutive logger instances writing to the same file leave both lines (append)', () => {
    const file = join(dir.path, 'app.log')
    keep(createFileLogger(file)).info('first run')
    keep(createFileLogger(file)).info('second run')
    expect(readLines(file).map(line => line.msg)).toEqual(['first run', 'second run'])
    expect(readLines(file)[0]).toMatchObject({ level: 'info' })
  })

  it('respects the level', () => {
    const file = join(dir.path, 'app.log')
    const log = keep(createFileLogger(file, 'warn'))
    log.info('dropped')
    log.warn('kept')
    expect(readLines(file).map(line => line.msg)).toEqual(['kept'])
  })

  it('a missing logs folder is created', () => {
    const logsDir = join(dir.path, 'var', 'logs')
    expect(existsSync(logsDir)).toBe(false)
    keep(logsFolderLogger('api', logsDir)).info('hello')
    expect(readLines(join(logsDir, 'api.log')).map(line => line.msg)).toEqual(['hello'])
  })

  it('the default logs folder is resolved from the module, not from the working directory', () => {
    expect(DEFAULT_LOGS_DIR).toBe(fileURLToPath(new URL('../../../snippets/core-concepts/logging/logs/', import.meta.url)))
  })

  it('a relative path resolves against the working directory given to the child process', () => {
    const script = fileURLToPath(new URL('./fixtures/relative-log.ts', import.meta.url))
    const child = spawnSync(process.execPath, [script], { cwd: dir.path, encoding: 'utf8', timeout: 10_000 })
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(readLines(join(dir.path, 'relative.log')).map(line => line.msg)).toEqual(['written relative to the working directory'])
  })
})
