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

const camel = (name: string) => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
const envName = (path: readonly PropertyKey[]) =>
  path.map(part => String(part).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('__')

type Nested = { [key: string]: string | Nested }

function nest(flat: Readonly<Record<string, string>>): Nested {
  const root: Nested = {}
  for (const [key, value] of Object.entries(flat)) {
    const path = key.split('__').map(camel)
    let node = root
    for (const part of path.slice(0, -1))
      node = typeof node[part] === 'object' ? node[part] : (node[part] = {})
    node[path.at(-1)!] = value
  }
  return root
}

function valueAt(input: Nested, path: readonly PropertyKey[]): unknown {
  let node: string | Nested | undefined = input
  for (const part of path)
    node = typeof node === 'object' ? node[String(part)] : undefined
  return node
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value)
    Object.values(value).forEach(deepFreeze)
  }
  return value
}

export function loadSettings({ overrides = {}, env = {}, dotenvFiles = [] }: LoadOptions = {}): Readonly<Settings> {
  // 1. merge raw strings, lowest precedence first; empty values count as unset
  const merged: Record<string, string> = {}
  for (const layer of [...dotenvFiles.map(readEnvFile), env, overrides]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined && value !== '')
        merged[key.toUpperCase()] = value
    }
  }
  // 2. nest, 3. parse once and report every issue
  const input = nest(merged)
  const result = Settings.safeParse(input)
  if (!result.success) {
    throw new SettingsError(result.error.issues.map(issue =>
      `${envName(issue.path)}: ${valueAt(input, issue.path) === undefined ? 'required' : issue.message}`))
  }
  // 4. read-only from here on
  return deepFreeze(result.data)
}
