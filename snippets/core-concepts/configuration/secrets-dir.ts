// pydantic-settings' secrets_dir: each file in a mounted directory (Docker/Kubernetes secrets,
// /run/secrets) is one value, named after its variable in lower snake case.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const isMissing = (err: unknown) => err instanceof Error && 'code' in err && err.code === 'ENOENT'

// #region read-secrets
export function readSecretsDir(dir: string) {
  let names: string[]
  try {
    names = readdirSync(dir)
  }
  catch (err) {
    if (isMissing(err))
      return {} // nothing mounted: not an error
    throw err
  }
  const secrets: Record<string, string> = {}
  // skip Kubernetes' hidden ..data links
  for (const name of names.filter(n => !n.startsWith('.'))) {
    const text = readFileSync(join(dir, name), 'utf8')
    // editors and `echo` add a trailing newline
    secrets[name.toUpperCase()] = text.replace(/\r?\n$/, '')
  }
  return secrets
}
// #endregion read-secrets
