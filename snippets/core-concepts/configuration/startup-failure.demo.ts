import { startWith } from './startup-failure.ts'

// The real entry point as a process, with DATABASE__URL and AUTH__SECRET_KEY missing.
const run = startWith({ PORT: '8000' })

console.log(run.stderr.trimEnd())
console.log(`exit code: ${run.status}`)
