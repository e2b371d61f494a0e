// Named loggers per module. Python keeps a registry (getLogger(__name__)); Node has none, so one
// module exports the configured root and every other module derives a child with its name.
import type { Logger } from 'pino'

// #region child
// src/logger.ts, the one place that configures pino:
//   export const rootLogger = createRootLogger({ level: process.env.LOG_LEVEL ?? 'info' })

// Every other module, once at the top:
//   const log = moduleLogger(rootLogger, 'data')
export function moduleLogger(root: Logger, module: string): Logger {
  // The child shares the root's level, destinations and formatters,
  // and adds "module" to every line it writes.
  return root.child({ module })
}
// #endregion child
