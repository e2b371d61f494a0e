// Exercise: folder log files plus one universal log, without duplicate lines.
// Run: npm run exercise -- core-concepts/logging/folder-logs
import { join } from 'node:path'
import { pino } from 'pino'
import type { Logger } from 'pino'
import type { SonicBoom } from 'sonic-boom'

export function setupLogging(dir: string) {
  const files: SonicBoom[] = []
  /** Opens `<dir>/<name>` for appending (creating `dir`); closed by close(). */
  const openFile = (name: string): SonicBoom => {
    const file = pino.destination({ dest: join(dir, name), mkdir: true, sync: true })
    files.push(file)
    return file
  }

  const allLog = openFile('all.log')
  const root = pino({ level: 'info' }, allLog)         // root lines: all.log only

  function getFolderLogger(folder: string): Logger {
    // TODO: lines of this logger must go to `${folder}.log` AND to all.log (the same allLog
    //   destination, not a second copy of the file). Hint: pino.multistream.
    // TODO: calling getFolderLogger('data') again must not open anything new.
    return root.child({ folder })
  }

  const close = () => files.forEach(file => file.end())
  return { root, getFolderLogger, close }
}
