import { toError } from './narrowing.ts'
import { runWorker } from './worker-loop.ts'

const log = {
  error: (f: { err: unknown, itemId: string }, msg: string) =>
    console.log(`[error] ${msg}: item ${f.itemId}, ${toError(f.err).message}`),
}
const items = ['1', '2', '3', '4', '5'].map(id => ({ id }))
const result = await runWorker(items, async ({ id }) => {
  if (id === '3')
    throw new Error('invoice 3 has no customer')
}, log)
console.log(`processed ${result.processed}, failed: ${result.failed.join(', ')}`)
