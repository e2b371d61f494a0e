// Exercise: the settings loader. Run: npm run exercise -- core-concepts/configuration/settings-loader
import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { z } from 'zod'

type FlatEnv = Readonly<Record<string, string | undefined>>

/** A missing section parses as {}, so its required keys are reported one by one. */
const section = <T extends z.ZodObject>(schema: T) => z.preprocess(value => value ?? {}, schema)

/** The provided schema: DATABASE__URL is database.url, AUTH__SECRET_KEY is auth.secretKey. */
export const Settings = z.object({
  environment: z.enum(['development', 'staging', 'production']).default('development'),
  debug: z.stringbool().default(false),
  port: z.coerce.number().int().min(1024).max(65535).default(8000),
  database: section(z.object({ url: z.url(), poolSize: z.coerce.number().int().min(1).default(5) })),
  auth: section(z.object({ secretKey: z.string().min(32), tokenMinutes: z.coerce.number().int().positive().default(30) })),
})
export type Settings = z.output<typeof Settings>

export interface LoadOptions {
  overrides?: FlatEnv // highest precedence
  env?: FlatEnv // then the real environment
  dotenvFiles?: readonly string[] // then these files, later files win; missing files are skipped
}

/** Thrown once, listing every problem as `VARIABLE_NAME: what is wrong`. */
export class SettingsError extends Error {
  override name = 'SettingsError'
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.problems = problems
  }
}

/** Reads a .env file; a file that does not exist counts as empty. */
export function readEnvFile(path: string): FlatEnv {
  try {
    return parseEnv(readFileSync(path, 'utf8'))
  }
  catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT')
      return {}
    throw err
  }
}

export function loadSettings({ overrides = {}, env = {}, dotenvFiles = [] }: LoadOptions = {}): Readonly<Settings> {
  // TODO 1: merge raw strings: files in order, then env, then overrides; skip empty values;
  //         upper-case the keys so the lookup is case-insensitive
  // TODO 2: nest: DATABASE__POOL_SIZE -> { database: { poolSize: '...' } } (split on "__", camelCase each part)
  // TODO 3: parse with Settings.safeParse; on failure throw ONE SettingsError listing every issue
  //         as "DATABASE__URL: required" (value absent) or "PORT: <zod message>"
  // TODO 4: deep-freeze the result before returning it
  throw new Error(`TODO: implement loadSettings (${Object.keys({ ...overrides, ...env }).length} variables, ${dotenvFiles.length} files)`)
}
