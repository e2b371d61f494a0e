// pydantic-settings' env_nested_delimiter="__": DATABASE__POOL_SIZE becomes database.poolSize.
import { z } from 'zod'
import { secret } from './secret.ts'

export type FlatEnv = Readonly<Record<string, string | undefined>>
export interface NestedEnv { [key: string]: string | NestedEnv }

// #region nest
const camel = (name: string) => name.toLowerCase()
  .replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

export function nestEnv(flat: FlatEnv, delimiter = '__') {
  const root: NestedEnv = {}
  for (const [key, value] of Object.entries(flat)) {
    // POOL_SIZE -> poolSize, any case
    const path = key.split(delimiter).map(camel)
    if (value === undefined || path.includes(''))
      continue
    let node = root
    for (const part of path.slice(0, -1))
      node = typeof node[part] === 'object'
        ? node[part]
        : (node[part] = {})
    node[path.at(-1)!] = value
  }
  return root // unknown keys (PATH) are stripped by zod
}
// #endregion nest

/** The reverse mapping, for messages: ['database', 'poolSize'] -> DATABASE__POOL_SIZE. */
export const envName = (path: readonly PropertyKey[], delimiter = '__') =>
  path.map(part => String(part).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join(delimiter)

/** A missing section parses as {}, so its required keys are reported one by one. */
const section = <T extends z.ZodObject>(schema: T) => z.preprocess(value => value ?? {}, schema)

// #region sections
export const DatabaseSettings = section(z.object({
  url: secret(z.url()), // contains the password
  poolSize: z.coerce.number().int().min(1).default(5),
  poolTimeout: z.coerce.number().positive().default(30),
  echo: z.stringbool().default(false),
}))
export const RedisSettings = section(z.object({
  url: z.url().default('redis://localhost:6379'),
  ttl: z.coerce.number().int().positive().default(3600),
}))
export const AuthSettings = section(z.object({
  secretKey: secret(z.string().min(32)),
  algorithm: z.enum(['HS256', 'HS384']).default('HS256'),
  accessTokenExpireMinutes:
    z.coerce.number().int().positive().default(30),
}))
// #endregion sections

export const NestedSettings = z.object({ database: DatabaseSettings, redis: RedisSettings, auth: AuthSettings })
