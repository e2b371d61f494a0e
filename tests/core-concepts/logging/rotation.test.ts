import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { loggerOptions } from '../../../snippets/core-concepts/logging/basic-setup.ts'
import { rotatingDestination } from '../../../snippets/core-concepts/logging/rotation.ts'

let dir: string | undefined
afterEach(() => {
  if (dir)
    rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('rotation: pino-roll keeps a bounded number of size-limited files', () => {
  it('with 1 KB files and 2 backups, many lines leave at most 3 files and the newest has the last line', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kit-rotation-'))
    const destination = await rotatingDestination(join(dir, 'app.log'), { size: '1k', backups: 2 })
    const log = pino(loggerOptions('info'), destination)
    for (let i = 1; i <= 120; i++) {
      log.info({ i }, `request handled ${'.'.repeat(40)}`)
      if (i % 10 === 0)
        await pause(5)               // let asynchronous writes (and rolls) happen
    }
    log.info('last line')
    await new Promise<void>((resolve) => {
      destination.once('close', () => resolve())
      destination.end()               // flushes what is buffered, then closes
    })

    const files = readdirSync(dir).filter(name => /^app\.\d+\.log$/.test(name))
    const number = (name: string) => Number(/\.(\d+)\.log$/.exec(name)?.[1])
    files.sort((a, b) => number(a) - number(b))
    expect(files.length).toBeGreaterThan(1)                // it did rotate
    expect(files.length).toBeLessThanOrEqual(3)            // current + 2 backups
    expect(number(files.at(-1)!)).toBeGreaterThan(3)       // older files were deleted
    const newest = readFileSync(join(dir, files.at(-1)!), 'utf8').trim().split('\n')
    expect(JSON.parse(newest.at(-1)!)).toMatchObject({ level: 'info', msg: 'last line' })
    for (const name of files.slice(0, -1))
      expect(readFileSync(join(dir, name)).length).toBeGreaterThanOrEqual(1024)  // rotated at the limit
  })
})
