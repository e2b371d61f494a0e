// Child process: runs some *.meta.ts suites through vitest's Node API and writes each test's
// outcome to the JSON file named by argv[2]. Usage: node run.ts <out.json> [--shuffle] <file>…
import { writeFileSync } from 'node:fs'
import { startVitest } from 'vitest/node'

const [out, ...rest] = process.argv.slice(2)
const shuffle = rest.includes('--shuffle')
const files = rest.filter(a => a !== '--shuffle')
const vitest = await startVitest(files, {
  config: 'tests/testing/api-testing/meta/vitest.meta.config.ts',
  run: true, watch: false, reporters: ['dot'], sequence: { shuffle }, fileParallelism: false,
})
type Task = { type: string, name: string, result?: { state?: string, errors?: { message: string }[] }, tasks?: Task[] }
const flat = (t: Task): Task[] => (t.tasks ? t.tasks.flatMap(flat) : [t])
const results = vitest.state.getFiles().flatMap(file => flat(file as Task).map(t => ({
  file: (file as { name: string }).name, name: t.name, state: t.result?.state ?? 'not run',
  error: t.result?.errors?.[0]?.message ?? '',
})))
writeFileSync(out!, JSON.stringify(results))
await vitest.close()
process.exit(0)
