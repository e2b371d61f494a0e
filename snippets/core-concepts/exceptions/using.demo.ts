import { toError } from './narrowing.ts'
import { runJob } from './using.ts'

try {
  await runJob(console.log, { bodyFails: true })
}
catch (err) { console.log(`caught: ${toError(err).message}`) }

try {
  await runJob(() => {}, { bodyFails: true, closeFails: true })
}
catch (err) {
  if (err instanceof SuppressedError)
    console.log(`SuppressedError: ${toError(err.error).message}, suppressing: ${toError(err.suppressed).message}`)
}
