// Exercise: configure the logger once per process; every module gets a named child.
// Run: npm run exercise -- core-concepts/logging/configure-once
import { pino } from 'pino'
import type { DestinationStream, Logger } from 'pino'

export interface LoggingOptions {
  /** Minimum level; when absent, process.env.LOG_LEVEL, then 'info'. */
  level?: string
  /** Opens the destination (stdout in production, a capture stream in tests). */
  createDestination?: () => DestinationStream
}

const stdout = (): DestinationStream => pino.destination(1)

export function getLogger(moduleName: string, options: LoggingOptions = {}): Logger {
  // TODO: this builds a new root logger, and opens a new destination, on EVERY call.
  //   Build the root once, lazily, in module scope; later calls reuse it (their options are ignored).
  // TODO: the level falls back to process.env.LOG_LEVEL before 'info'.
  const level = options.level ?? 'info'
  const root = pino({ level }, (options.createDestination ?? stdout)())
  return root.child({ module: moduleName })
}
