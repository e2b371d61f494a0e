import { errorLine } from './run-in-child.ts'
import { runVariant } from './start-early.ts'

for (const variant of ['unsafeMain', 'safeMain'] as const) {
  const { code, stdout, stderr } = await runVariant(variant) // a fresh Node process each
  const said = stdout.trim() || errorLine(stderr)
  console.log(`${variant}: exit code ${code}, ${said}`)
}
