// Last-resort hooks: something escaped every boundary, so the process is in an unknown state.
// Log one fatal line with the error and exit non-zero; the orchestrator restarts a clean process.
import type { Logger } from 'pino'

// #region fatal
export function installFatalHandlers(log: Logger, exit = process.exit): void {
  process.on('unhandledRejection', (reason) => {
    log.fatal({ err: reason }, 'unhandled rejection, exiting')
    exit(1)
  })
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception, exiting')
    exit(1)
  })
}
// #endregion fatal
