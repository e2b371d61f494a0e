// Exercise: secrets from mounted files. Run: npm run exercise -- core-concepts/configuration/secrets-from-files
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
  // TODO: list the directory (a missing one is fine), skip hidden entries such as Kubernetes' ..data,
  //       read each file as UTF-8 and trim ONE trailing newline; if a file cannot be read, throw an
  //       Error whose message contains that file's path (keep the original error as `cause`)
  return { unused: dir }
}

export function loadSettings({ env = {}, dotenv = {} }: Sources): Settings {
  const lower = (source: FlatEnv) => Object.fromEntries(Object.entries(source).map(([k, v]) => [k.toLowerCase(), v]))
  // TODO: add the secrets directory as the lowest source (below dotenv and env)
  return Settings.parse({ ...lower(dotenv), ...lower(env) })
}
