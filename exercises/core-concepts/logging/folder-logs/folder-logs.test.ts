import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setupLogging } from './folder-logs.ts'

let dir: string
let logging: ReturnType<typeof setupLogging>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-folder-logs-'))
  logging = setupLogging(dir)
})

afterEach(() => {
  logging.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Messages in a log file of the temp folder, in order ([] when the file does not exist). */
function messages(file: string): unknown[] {
  const path = join(dir, file)
  if (!existsSync(path))
    return []
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map(line => (JSON.parse(line) as { msg: unknown }).msg)
}

describe('folder-logs', () => {
  it('a folder logger writes to <folder>.log and to all.log', () => {
    logging.getFolderLogger('data').info('loaded 1200 rows')
    expect(messages('data.log')).toEqual(['loaded 1200 rows'])
    expect(messages('all.log')).toEqual(['loaded 1200 rows'])
  })

  it('root lines go only to all.log', () => {
    logging.getFolderLogger('data').info('data line')
    logging.root.info('server started')
    expect(messages('all.log')).toEqual(['data line', 'server started'])
    expect(messages('data.log')).toEqual(['data line'])
  })

  it('folders keep separate files', () => {
    logging.getFolderLogger('data').info('d')
    logging.getFolderLogger('model').info('m')
    expect(messages('data.log')).toEqual(['d'])
    expect(messages('model.log')).toEqual(['m'])
    expect(messages('all.log')).toEqual(['d', 'm'])
  })

  it('no duplicates after calling the getter several times', () => {
    const first = logging.getFolderLogger('data')
    for (let importer = 0; importer < 3; importer++)
      expect(logging.getFolderLogger('data')).toBe(first)
    logging.getFolderLogger('data').info('once')
    expect(messages('data.log')).toEqual(['once'])
    expect(messages('all.log')).toEqual(['once'])
    expect(readdirSync(dir).sort()).toEqual(['all.log', 'data.log'])
  })
})
