// The one logger factory: called once at startup, before any other module logs.
// Modules import the result (or a child of it); nobody else calls pino().
import pino, { type DestinationStream, type Logger, type LoggerOptions, type TransportSingleOptions } from 'pino'
import { redactOptions } from './redact.ts'
import { requestContextMixin } from './request-context.ts'

export type Environment = 'development' | 'staging' | 'production'
export interface LoggerSettings {
  environment: Environment
  level: string // DEBUG, INFO, WARNING, ERROR, CRITICAL (any case) or a pino level
  service: string
  version: string
}

const LEVELS: Readonly<Record<string, pino.Level>> = {
  TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', WARNING: 'warn', ERROR: 'error', CRITICAL: 'fatal', FATAL: 'fatal',
}
export function toPinoLevel(name: string): pino.Level {
  const level = LEVELS[name.toUpperCase()]
  if (!level)
    throw new Error(`Invalid log level "${name}": expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL`)
  return level
}

// #region options
export const loggerOptions = (s: LoggerSettings): LoggerOptions => ({
  level: toPinoLevel(s.level),
  base: { service: s.service, version: s.version, environment: s.environment },
  mixin: requestContextMixin, // request fields from AsyncLocalStorage
  formatters: { level: label => ({ level: label }) }, // "info", not 30
  timestamp: pino.stdTimeFunctions.isoTime,
  serializers: { err: pino.stdSerializers.err }, // type, message, stack, cause
  redact: redactOptions,
})
// #endregion options

// #region dev-vs-prod
/** Pretty, coloured output in development only: rendered off-thread by a transport. */
export const transportFor = (environment: Environment): TransportSingleOptions | undefined =>
  environment === 'development'
    ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } }
    : undefined // production: one JSON object per line on stdout

export function createLogger(settings: LoggerSettings, destination?: DestinationStream): Logger {
  const options = loggerOptions(settings)
  if (destination)
    return pino(options, destination) // tests and demos capture the lines
  const transport = transportFor(settings.environment)
  return transport ? pino({ ...options, transport }) : pino(options)
}
// #endregion dev-vs-prod

// #region from-env
const ENVIRONMENTS = ['development', 'staging', 'production'] as const
const isEnvironment = (value: string): value is Environment => (ENVIRONMENTS as readonly string[]).includes(value)

export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): LoggerSettings {
  const environment = env.ENVIRONMENT || 'development'
  if (!isEnvironment(environment)) // a typo must not silently mean "development"
    throw new Error(`Invalid ENVIRONMENT "${environment}": expected one of ${ENVIRONMENTS.join(', ')}`)
  const level = env.LOG_LEVEL || 'INFO'
  toPinoLevel(level) // fail at startup, not at the first log call
  return { environment, level, service: env.SERVICE_NAME || 'api', version: env.APP_VERSION || '0.0.0' }
}
// #endregion from-env
