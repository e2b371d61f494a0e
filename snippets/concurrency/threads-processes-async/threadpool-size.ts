// Async crypto, zlib, fs and dns.lookup share libuv's thread pool: 4 threads unless
// UV_THREADPOOL_SIZE says otherwise, read once when the pool starts, so each size needs a fresh
// process. Node only.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

// #region child
/** The child: N async pbkdf2 hashes, then one small file read; prints the finishing order. */
const HASHES_THEN_READ = `
const { pbkdf2 } = await import('node:crypto')
const { stat } = await import('node:fs/promises')
const [hashes, iterations] = process.argv.slice(1).map(Number)
await stat(process.execPath) // the pool starts its threads on first use: not part of the race
const order = []
const hashing = Array.from({ length: hashes }, () => new Promise((ok, fail) =>
  pbkdf2('secret', 'salt', iterations, 64, 'sha512', e => e ? fail(e) : ok(order.push('hash')))))
const reading = stat(process.execPath).then(() => order.push('file read')) // queued last
await Promise.all([...hashing, reading])
console.log(JSON.stringify(order))`
// #endregion child

// #region uv-threadpool
/** Finishing order of `hashes` hashes and one file read, in a Node with `poolSize` pool threads. */
export async function completionOrder(poolSize: number, hashes: number, iterations = 100_000) {
  const { stdout } = await run(process.execPath,
    ['--input-type=module', '-e', HASHES_THEN_READ, String(hashes), String(iterations)],
    { env: { ...process.env, UV_THREADPOOL_SIZE: String(poolSize) }, timeout: 30_000 })
  const order: unknown = JSON.parse(stdout)
  if (!Array.isArray(order) || !order.every(name => typeof name === 'string'))
    throw new TypeError(`unexpected child output: ${stdout}`)
  return order
}

/** How many hashes finished before the file read got a pool thread. */
export const hashesBeforeRead = (order: string[]): number => order.indexOf('file read')
// #endregion uv-threadpool
