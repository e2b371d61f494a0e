// The one logger factory: called once at startup, before any other module logs.
// Modules import the result (or a child of it); nobody else calls pino().
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'
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
export const structuredOptions =
  (s: LoggerSettings): LoggerOptions => ({
    // level, ISO time, labels: core-concepts/logging
    ...loggerOptions(toPinoLevel(s.level)),
    base: { service: s.service, version: s.version,
      environment: s.environment },
    mixin: requestContextMixin, // request fields
    serializers: { err: pino.stdSerializers.err },
    redact: redactOptions, // censored at serialization
  })
// #endregion options

// #region dev-vs-prod
/** Pretty output in development only, rendered off-thread. */
export const transportFor = (env: Environment) =>
  env === 'development'
    ? { target: 'pino-pretty', options: { colorize: true } }
    : undefined // production: JSON lines on stdout

export function createLogger(
  settings: LoggerSettings,
  destination?: DestinationStream, // tests, demos
): Logger {
  const options = structuredOptions(settings)
  if (destination)
    return pino(options, destination)
  const transport = transportFor(settings.environment)
  return pino(transport ? { ...options, transport } : options)
}
// #endregion dev-vs-prod

// #region from-env
type Env = Readonly<Record<string, string | undefined>>
const ENVIRONMENTS = ['development', 'staging', 'production']
const isEnvironment = (v: string): v is Environment =>
  ENVIRONMENTS.includes(v)

export function settingsFromEnv(env: Env): LoggerSettings {
  const environment = env.ENVIRONMENT || 'development'
  if (!isEnvironment(environment)) // a typo is not "development"
    throw new Error(`Invalid ENVIRONMENT "${environment}"`
      + `: expected one of ${ENVIRONMENTS.join(', ')}`)
  const level = env.LOG_LEVEL || 'INFO'
  toPinoLevel(level) // fail now, not at the first log call
  const service = env.SERVICE_NAME || 'api'
  const version = env.APP_VERSION || '0.0.0'
  return { environment, level, service, version }
}
// #endregion from-env

/** pino-pretty in-process, for demos: each JSON line rendered the way the dev transport shows it. */
export function prettyLines(print: (text: string) => void): DestinationStream {
  const format = prettyFactory({
    colorize: false, singleLine: true, ignore: 'pid,hostname,time,service,version,environment',
  })
  return { write: line => print(format(line).trimEnd()) }
}
