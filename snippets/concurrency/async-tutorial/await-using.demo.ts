import { firstLine, handle, thisFile } from './await-using.ts'

console.log(`first line: ${await firstLine(thisFile)}`)
await handle(console.log)
await handle(console.log, true).catch((error: Error & { error?: unknown, suppressed?: unknown }) => {
  console.log(`${error.name}: ${String(error.error)}, suppressing ${String(error.suppressed)}`)
})
