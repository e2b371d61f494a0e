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

  const folders = new Map<string, Logger>()
  function getFolderLogger(folder: string): Logger {
    let logger = folders.get(folder)
    if (!logger) {
      const streams = pino.multistream([{ stream: allLog }, { stream: openFile(`${folder}.log`) }])
      logger = pino({ level: 'info', base: { folder } }, streams)
      folders.set(folder, logger)
    }
    return logger
  }

  const close = () => files.forEach(file => file.end())
  return { root, getFolderLogger, close }
}
