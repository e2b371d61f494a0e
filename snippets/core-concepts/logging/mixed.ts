// Both layouts at once: everything lands in all.log, and some folders also get their own file.
// Python gets this from propagation to the root's handlers; pino has no hierarchy, so the folder
// logger is built over the root's destination plus its own file.
import { join } from 'node:path'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { loggerOptions } from './basic-setup.ts'

// #region universal-plus-folder
export function createLogging(dir: string) {
  const allLog = pino.destination({ dest: join(dir, 'all.log'), mkdir: true, sync: true })
  const root = pino(loggerOptions('info'), allLog)              // root lines: all.log only
  const folders = new Map<string, Logger>()                     // one logger per folder
  const folderLogger = (folder: string): Logger => {
    let log = folders.get(folder)
    if (!log) {
      const own = pino.destination({ dest: join(dir, `${folder}.log`), sync: true })
      const both = pino.multistream([{ stream: allLog }, { stream: own }])   // shared + own
      log = pino({ ...loggerOptions('info'), base: { folder } }, both)
      folders.set(folder, log)
    }
    return log
  }
  return { root, folderLogger }
}
// #endregion universal-plus-folder
