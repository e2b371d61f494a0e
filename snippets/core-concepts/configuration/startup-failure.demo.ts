import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'

// Start the real entry point with DATABASE__URL and AUTH__SECRET_KEY missing.
const entry = new URL('./startup-failure.ts', import.meta.url).pathname
const run = spawnSync(process.execPath, [entry], { cwd: tmpdir(), env: { PORT: '8000' }, encoding: 'utf8' })

console.log(run.stderr.trimEnd())
console.log(`exit code: ${run.status}`)
