// pydantic-settings' secrets_dir: each file in a mounted directory (Docker/Kubernetes secrets,
// /run/secrets) is one value, named after its variable in lower snake case.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const isMissing = (err: unknown) => err instanceof Error && 'code' in err && err.code === 'ENOENT'

// #region read-secrets
export function readSecretsDir(dir: string): Record<string, string> {
  let names: string[]
  try {
    names = readdirSync(dir)
  }
  catch (err) {
    if (isMissing(err))
      return {} // no directory mounted: not an error
    throw err
  }
  const secrets: Record<string, string> = {}
  for (const name of names.filter(n => !n.startsWith('.'))) // skip Kubernetes' ..data links
    secrets[name.toUpperCase()] = readFileSync(join(dir, name), 'utf8').replace(/\r?\n$/, '') // editors add a newline
  return secrets
}
// #endregion read-secrets
