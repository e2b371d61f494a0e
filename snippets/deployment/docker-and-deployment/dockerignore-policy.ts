// `.dockerignore` decides what `COPY . .` can see: the repo history, host-built node_modules and
// secrets must never reach the build context. Node only (reads files).
import { readFileSync } from 'node:fs'

export const KIT_DOCKERIGNORE = new URL('./.dockerignore', import.meta.url)

// #region required-entries
export const REQUIRED_ENTRIES = [
  '.git', 'node_modules', // history; host-built native addons do not match the Linux image
  '.env', '.env.*', '*.pem', '*.key', // secrets
  'coverage', 'dist', // build output is rebuilt inside the image
] as const

/** The entries of a .dockerignore (comments and blank lines dropped, `/x` == `x`). */
export const parseDockerignore = (text: string) => new Set(text.split('\n')
  .map(line => line.trim().replace(/^\/|\/$/g, '')).filter(line => line && !line.startsWith('#')))

export function missingEntries(text: string): string[] {
  const entries = parseDockerignore(text)
  return REQUIRED_ENTRIES.filter(entry => !entries.has(entry))
}
// missingEntries(readFileSync(KIT_DOCKERIGNORE, 'utf8')) -> []
// #endregion required-entries

export const readMissingEntries = (file: URL | string = KIT_DOCKERIGNORE) =>
  missingEntries(readFileSync(file, 'utf8'))
