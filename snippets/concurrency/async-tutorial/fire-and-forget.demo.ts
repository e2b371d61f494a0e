import { errorLine } from './run-in-child.ts'
import { runVariant } from './fire-and-forget.ts'

for (const variant of ['unsupervisedMain', 'supervisedMain'] as const) {
  const { code, stdout, stderr } = await runVariant(variant) // a fresh Node process each
  console.log(`--- ${variant}: exit code ${code}`)
  for (const line of stdout.trim().split('\n')) console.log(line)
  if (code !== 0) console.log(`crashed: ${errorLine(stderr)}`)
}
