import { toError } from './narrowing.ts'
import { runWorker } from './worker-loop.ts'

const items = ['1', '2', '3', '4', '5'].map(id => ({ id }))
const log = {
  error: (f: { err: unknown, itemId: string }, msg: string) =>
    console.log(`[error] ${msg} itemId=${f.itemId} err=${toError(f.err).message}`),
}

const result = await runWorker(items, async (item) => {
  if (item.id === '3')
    throw new Error('invoice 3 has no customer')
  console.log(`processed ${item.id}`)
}, log)
console.log(`processed=${result.processed} failed=${result.failed.join(',')}`)
