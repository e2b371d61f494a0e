// Size-based rotation, the RotatingFileHandler(maxBytes=5_000_000, backupCount=5) of the guide.
import pinoRoll from 'pino-roll'

export interface RotationOptions {
  size?: string          // per file: '5m' ≈ 5 MB, '1k' = 1 KB
  backups?: number       // rotated files kept besides the current one
}

// #region pino-roll
export function rotatingDestination(file: string, options: RotationOptions = {}) {
  const { size = '5m', backups = 5 } = options
  return pinoRoll({
    file,                        // app.log -> app.1.log, app.2.log, ... (newest = highest)
    size,                        // rotate once the current file reaches this size
    limit: { count: backups },   // delete the oldest beyond this many, plus the current one
    mkdir: true,
  })
}

// src/logger.ts on a VM (in a container: log to stdout, the platform rotates)
//   export const root = pino(loggerOptions('info'), await rotatingDestination('logs/app.log'))
// #endregion pino-roll
