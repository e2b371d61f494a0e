// Chromium comes from the machine (Debian's package), never from a download.
import { existsSync } from 'node:fs'

export const CHROMIUM_INSTALL_HINT = 'apt-get install -y chromium'

/** The Chromium executable: $CHROMIUM_PATH, else /usr/bin/chromium; one clear error when absent. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(path)) {
    const from = env.CHROMIUM_PATH ? `CHROMIUM_PATH (${path})` : path
    throw new Error(`Chromium not found at ${from}. Install it with \`${CHROMIUM_INSTALL_HINT}\` (as root), or set CHROMIUM_PATH to a Chromium executable.`)
  }
  return path
}

/** Flags for a quiet headless Chromium on a machine without network or GPU. */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
