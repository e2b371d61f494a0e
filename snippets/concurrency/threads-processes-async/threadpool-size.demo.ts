import { completionOrder, hashesBeforeRead } from './threadpool-size.ts'

for (const [poolSize, hashes] of [[4, 4], [8, 4], [8, 8]] as const) {
  const order = await completionOrder(poolSize, hashes) // slow hashes first, then a quick file read
  const read = hashesBeforeRead(order) > 0 ? 'waited for a hash' : 'finished first'
  console.log(`UV_THREADPOOL_SIZE=${poolSize}, ${hashes} hashes: the file read ${read}`)
}
