// Exercise: a redaction policy. Run: npm run exercise -- core-concepts/structured-logging/redaction
import pino, { type DestinationStream, type Logger } from 'pino'

/** Paths pino censors while serialising each line. */
export const REDACT_PATHS: string[] = [
  // TODO: the password, the authorization header, the card number and every item's token
]

export function createRedactingLogger(destination: DestinationStream): Logger {
  return pino({ base: undefined, timestamp: false, redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } }, destination)
}
