// The one logger factory: called once at startup, before any other module logs.
// Modules import the result (or a child of it); nobody else calls pino().
import pino, { type DestinationStream, type Logger, type LoggerOptions, type TransportSingleOptions } from 'pino'
import { prettyFactory } from 'pino-pretty'
import { loggerOptions } from '../logging/basic-setup.ts'
import { fromPythonLevel } from '../logging/levels.ts'
import { redactOptions } from './redact.ts'
import { requestContextMixin } from './request-context.ts'

export type Environment = 'development' | 'staging' | 'production'
export interface LoggerSettings {
  environment: Environment
  level: string // DEBUG, INFO, WARNING, ERROR, CRITICAL (any case) or a pino level name
  service: string
  version: string
}

const PINO_LEVELS = new Set<string>(Object.keys(pino.levels.values))
const isPinoLevel = (name: string): name is pino.Level => PINO_LEVELS.has(name)

/** "warn" passes as is; Python names (WARNING, any case) map through core-concepts/logging. */
export const toPinoLevel = (name: string): pino.Level => (isPinoLevel(name) ? name : fromPythonLevel(name))

// #region options
export const structuredOptions = (s: LoggerSettings): LoggerOptions => ({
  ...loggerOptions(toPinoLevel(s.level)), // level, ISO time, "info" labels (core-concepts/logging)
  base: { service: s.service, version: s.version, environment: s.environment },
  mixin: requestContextMixin, // request fields from AsyncLocalStorage
  serializers: { err: pino.stdSerializers.err }, // type, message, stack, cause
  redact: redactOptions, // censored while serialising, after mixin
})
// #endregion options

// #region dev-vs-prod
/** Pretty, coloured output in development only: rendered off-thread by a transport. */
export const transportFor = (environment: Environment): TransportSingleOptions | undefined =>
  environment === 'development'
    ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } }
    : undefined // production: one JSON object per line on stdout

export function createLogger(settings: LoggerSettings, destination?: DestinationStream): Logger {
  const options = structuredOptions(settings)
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

/** pino-pretty in-process, for demos: each JSON line rendered the way the dev transport shows it. */
export function prettyLines(print: (text: string) => void): DestinationStream {
  const format = prettyFactory({ colorize: false, ignore: 'pid,hostname,time,service,version,environment' })
  return { write: line => print(format(line).trimEnd()) }
}
