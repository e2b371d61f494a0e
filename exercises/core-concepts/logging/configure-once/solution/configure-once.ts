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

let root: Logger | undefined

export function getLogger(moduleName: string, options: LoggingOptions = {}): Logger {
  if (!root) {
    const level = options.level ?? process.env.LOG_LEVEL ?? 'info'
    root = pino({ level }, (options.createDestination ?? stdout)())
  }
  return root.child({ module: moduleName })
}
