// Runs anti-pattern suites in a child vitest (their failures are the lesson, so they must not
// fail the main run) and returns what happened to each test.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface MetaResult { file: string, name: string, state: string, error: string }

export async function runMeta(files: string[], { shuffle = false } = {}): Promise<MetaResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kit-meta-'))
  const out = join(dir, 'results.json')
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'))
  try {
    await promisify(execFile)(process.execPath, ['tests/testing/api-testing/meta/run.ts', out,
      ...(shuffle ? ['--shuffle'] : []), ...files.map(f => `tests/testing/api-testing/meta/${f}`)],
    { env, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 })
    return JSON.parse(readFileSync(out, 'utf8')) as MetaResult[]
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
