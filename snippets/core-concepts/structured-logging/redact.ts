// pino's `redact` censors values by path while serializing, after mixin and formatters ran,
// so every field source passes through it. Paths are compiled once, not matched per line.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'

// #region paths
const SENSITIVE = [
  'password', 'token', 'secret', 'authorization', 'credit_card',
]

export const REDACT_PATHS = SENSITIVE.flatMap(key => [
  key, // top level
  `*.${key}`, // user.password
  `*.*.${key}`, // req.headers.authorization
  `*[*].${key}`, // items[0].token
])

export const redactOptions = {
  paths: REDACT_PATHS,
  censor: '[REDACTED]',
}
// #endregion paths

export const createRedactingLogger = (destination: DestinationStream, options: LoggerOptions = {}): Logger =>
  pino({ ...options, redact: redactOptions }, destination)
