// Configure once: one root logger per process, with a level, ISO timestamps and level labels.
// JSON lines in production; pino-pretty renders them for humans in development.
import { pino } from 'pino'
import type { DestinationStream, Logger, LoggerOptions } from 'pino'
import pretty from 'pino-pretty'

export interface RootLoggerOptions {
  level?: string
  pretty?: boolean
  destination?: DestinationStream
}

// #region config
export const loggerOptions = (level: string): LoggerOptions => ({
  level,
  timestamp: pino.stdTimeFunctions.isoTime,            // "time":"2025-05-01T09:30:00.000Z"
  formatters: { level: label => ({ level: label }) },   // "level":"info", not 30
})

export function createRootLogger(options: RootLoggerOptions = {}): Logger {
  const { level = 'info', destination = pino.destination(1) } = options
  // Development: pretty lines for humans. Production: one JSON object per line.
  const out = options.pretty ? prettyDestination(destination) : destination
  return pino(loggerOptions(level), out)
}
// #endregion config

/** pino-pretty as an in-process stream: `[09:30:00] INFO: data: loaded 3 rows`. Dev only. */
export function prettyDestination(destination: DestinationStream): DestinationStream {
  return pretty({
    destination,
    sync: true,
    colorize: false,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,module',
    messageFormat: '{if module}{module}: {end}{msg}',
  })
}
