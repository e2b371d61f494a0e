// Exercise: secrets from mounted files. Run: npm run exercise -- core-concepts/configuration/secrets-from-files
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

type FlatEnv = Readonly<Record<string, string | undefined>>

/** Field names in lower snake case: the file /run/secrets/database_url supplies database_url. */
export const Settings = z.object({
  database_url: z.string().min(1),
  api_key: z.string().min(1),
  debug: z.stringbool().default(false),
})
export type Settings = z.output<typeof Settings>

export interface Sources {
  env?: FlatEnv // highest precedence
  dotenv?: FlatEnv // a parsed .env file, below env
  secretsDir?: string // mounted secret files, below env and .env, above defaults
}

/**
 * One value per file: the file name is the field name, the content (without its trailing
 * newline) the value. A directory that does not exist gives no values.
 */
export function readSecretsDir(dir: string): Record<string, string> {
  let names: string[]
  try {
    names = readdirSync(dir)
  }
  catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT')
      return {}
    throw err
  }
  const secrets: Record<string, string> = {}
  for (const name of names.filter(n => !n.startsWith('.'))) {
    const path = join(dir, name)
    try {
      secrets[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '')
    }
    catch (cause) {
      throw new Error(`cannot read secret file ${path}`, { cause })
    }
  }
  return secrets
}

export function loadSettings({ env = {}, dotenv = {}, secretsDir }: Sources): Settings {
  const lower = (source: FlatEnv) => Object.fromEntries(Object.entries(source).map(([k, v]) => [k.toLowerCase(), v]))
  const secrets = secretsDir ? readSecretsDir(secretsDir) : {}
  return Settings.parse({ ...secrets, ...lower(dotenv), ...lower(env) })
}
