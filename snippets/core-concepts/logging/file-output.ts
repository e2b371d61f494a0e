// Logging to files: a pino file destination appends, like Python's FileHandler. Where the file
// lands depends on how its path is resolved, so resolve it on purpose.
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { loggerOptions } from './basic-setup.ts'

// #region to-file
export function createFileLogger(file: string, level = 'info'): Logger {
  // Appends on every run. A relative path resolves against process.cwd(),
  // exactly like Python's basicConfig(filename="app.log").
  // sync: each line is on disk before the call returns (nothing lost on a crash).
  const destination = pino.destination({ dest: file, append: true, sync: true })
  return pino(loggerOptions(level), destination)
}
// #endregion to-file

// #region logs-folder
// Relative to this module, not to wherever the process happens to start.
export const DEFAULT_LOGS_DIR = fileURLToPath(new URL('./logs/', import.meta.url))

export function logsFolderLogger(name: string, dir = process.env.LOG_DIR ?? DEFAULT_LOGS_DIR) {
  const dest = join(resolve(dir), `${name}.log`)
  // mkdir: create the folder (and parents) when it is missing
  return pino(loggerOptions('info'), pino.destination({ dest, mkdir: true, sync: true }))
}
// #endregion logs-folder
