// Universal logging: one setup for the whole process, console and file together.
import { join } from 'node:path'
import { pino } from 'pino'
import type { DestinationStream, Level, Logger } from 'pino'
import { loggerOptions } from './basic-setup.ts'
import { DEFAULT_LOGS_DIR } from './file-output.ts'

export interface SetupOptions {
  console?: DestinationStream
  file?: string
  consoleLevel?: Level
  fileLevel?: Level
}

// #region entry-point
// Option A, src/main.ts: the entry point builds the root logger, then hands children to the
// modules it wires up. (ESM evaluates static imports first: modules must not log at import time.)
export function configureAtEntry(allLog: string): Logger {
  const destination = pino.destination({ dest: allLog, mkdir: true, sync: true })
  const root = pino(loggerOptions('info'), destination)
  root.info('logging configured')
  return root
}
//   const root = configureAtEntry('logs/all.log')
//   const orders = createOrderService({ log: root.child({ module: 'orders' }) })
// #endregion entry-point

// #region console-and-file
export function consoleAndFile(options: SetupOptions = {}) {
  const { consoleLevel = 'info', fileLevel = 'debug' } = options
  const file = options.file ?? join(DEFAULT_LOGS_DIR, 'combined.log')
  const toFile = pino.destination({ dest: file, mkdir: true, sync: true })
  return pino.multistream([
    { level: consoleLevel, stream: options.console ?? pino.destination(1) },  // info and up
    { level: fileLevel, stream: toFile },                                     // debug and up
  ])
}
// #endregion console-and-file

// #region setup-once
let root: Logger | undefined

// Option B, src/logger.ts (recommended): idempotent, so a second call cannot add destinations.
export function setupLogging(options: SetupOptions = {}): Logger {
  root ??= pino(loggerOptions('debug'), consoleAndFile(options))   // the lowest stream level
  return root
}

export const getLogger = (module: string): Logger => setupLogging().child({ module })
// #endregion setup-once
