// Per-folder logging: every file in src/data/ writes to data.log, every file in src/model/ to
// model.log. Each folder's logger is created once and reused by every importer.
import { join } from 'node:path'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { loggerOptions } from './basic-setup.ts'
import { DEFAULT_LOGS_DIR } from './file-output.ts'

// #region get-folder-logger
function createFolderLogger(name: string, file: string): Logger {
  const destination = pino.destination({ dest: file, mkdir: true, sync: true })
  return pino({ ...loggerOptions('debug'), name }, destination)   // "name":"data" on each line
}
// #endregion get-folder-logger

// #region cache
const folderLoggers = new Map<string, Logger>()

export function getFolderLogger(name: string, file = join(DEFAULT_LOGS_DIR, `${name}.log`)) {
  let logger = folderLoggers.get(name)         // Python: `if not logger.handlers:`
  if (!logger) {
    logger = createFolderLogger(name, file)    // opened once per folder, not per importer
    folderLoggers.set(name, logger)
  }
  return logger
}
// #endregion cache

// src/data/logger.ts:  export const log = getFolderLogger('data')
// src/data/loader.ts:  import { log } from './logger.ts'
