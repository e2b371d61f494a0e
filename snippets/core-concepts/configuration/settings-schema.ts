// One zod schema describes every setting: its type, default and constraint (pydantic's BaseSettings).
// Keys are camelCase; the loader maps DATABASE_URL to databaseUrl.
import { z } from 'zod'
import { fromPythonLevel } from '../logging/levels.ts'

// #region basic
export const BasicSettings = z.object({
  databaseUrl: z.url(), // required: no default
  apiKey: z.string().min(1), // required
  redisUrl: z.url().default('redis://localhost:6379'),
  debug: z.stringbool().default(false),
  maxConnections:
    z.coerce.number().int().positive().default(10),
})
export type BasicSettings = z.output<typeof BasicSettings>
// #endregion basic

/** A JSON array in one variable: ALLOWED_HOSTS='["a.com","b.com"]'. */
export const jsonStringArray = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown
  }
  catch {
    ctx.addIssue({ code: 'custom', message: 'expected a JSON array such as ["a","b"]' })
    return z.NEVER
  }
}).pipe(z.array(z.string()))

// #region coercion
export const Coerced = z.object({
  // true/false 1/0 yes/no on/off y/n enabled/disabled
  debug: z.stringbool(),
  port: z.coerce.number().int(), // "8000" -> 8000
  rateLimit: z.coerce.number(), // "1.5" -> 1.5
  // '["a.com","b.com"]' -> string[]
  allowedHosts: jsonStringArray,
  // unset -> undefined
  timeoutSeconds: z.coerce.number().optional(),
})
// NEVER for env strings: Boolean("false") is true
export const wrongBoolean = z.coerce.boolean()
// #endregion coercion

// #region validators
export const logLevel = z.string()
  // case-insensitive
  .transform(name => name.toUpperCase())
  // the error lists the allowed names
  .pipe(z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']))
  // WARNING -> warn: the mapping of core-concepts/logging
  .transform(fromPythonLevel)

const RANGE = 'port must be between 1024 and 65535'
export const port = z.coerce.number().int()
  .min(1024, RANGE)
  .max(65535, RANGE)
// #endregion validators
