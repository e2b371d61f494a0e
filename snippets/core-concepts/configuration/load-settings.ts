// The thin Node wrapper around the pure loader: reads .env files and the secrets directory.
// It never writes to process.env (unlike dotenv's config() or process.loadEnvFile()).
import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import type { z } from 'zod'
import type { DeepReadonly } from './frozen.ts'
import { loadSettings } from './merge-sources.ts'
import type { FlatEnv } from './nested-env.ts'
import { readSecretsDir } from './secrets-dir.ts'

export interface DiskSources {
  overrides?: FlatEnv
  env?: FlatEnv
  dotenvFiles?: readonly string[]
  secretsDir?: string
}

const isMissing = (err: unknown) =>
  err instanceof Error && 'code' in err && err.code === 'ENOENT'

// #region node-wrapper
export function loadSettingsFromDisk<S extends z.ZodType>(schema: S, {
  overrides, env = process.env, secretsDir = '/run/secrets',
  dotenvFiles = ['.env', '.env.local'], // later files win
}: DiskSources = {}): DeepReadonly<z.output<S>> {
  const dotenv = dotenvFiles.map(readEnvFile)
  const secrets = readSecretsDir(secretsDir)
  return loadSettings(schema, { overrides, env, dotenv, secrets })
}

function readEnvFile(path: string): FlatEnv {
  try { // Node's own .env parser; never touches process.env
    return parseEnv(readFileSync(path, 'utf8'))
  }
  catch (err) {
    if (isMissing(err))
      return {} // an optional file that does not exist
    throw err
  }
}
// #endregion node-wrapper
