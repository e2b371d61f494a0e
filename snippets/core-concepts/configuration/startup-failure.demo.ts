import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { ENTRY_FILE } from './startup-failure.ts'

// Start the real entry point with DATABASE__URL and AUTH__SECRET_KEY missing.
const run = spawnSync(process.execPath, [ENTRY_FILE], { cwd: tmpdir(), env: { PORT: '8000' }, encoding: 'utf8' })

console.log(run.stderr.trimEnd())
console.log(`exit code: ${run.status}`)
