import { toError } from './narrowing.ts'
import { runJob } from './using.ts'

const steps: string[] = []
const failed = await runJob(step => steps.push(step), { bodyFails: true }).catch(toError)
console.log(`${steps.join(' → ')}\ncaught: ${failed?.message}`)

const both = await runJob(() => {}, { bodyFails: true, closeFails: true }).catch(toError)
if (both instanceof SuppressedError) {
  console.log(`SuppressedError: ${toError(both.error).message}`)
  console.log(`  suppressed: ${toError(both.suppressed).message}`)
}
