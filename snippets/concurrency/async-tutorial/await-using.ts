// Python's `async with` is `await using`: an object with Symbol.asyncDispose is disposed when
// the block exits, even on error, in reverse order. Node only (fs/promises).
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** This very file: something to read that exists wherever the kit runs. */
export const thisFile = fileURLToPath(import.meta.url)

// #region file-handle
/** aiofiles' `async with aiofiles.open(path) as f:`; fs/promises, libuv does the disk work. */
export async function withFile<T>(path: string, body: (file: FileHandle) => Promise<T>): Promise<T> {
  await using file = await open(path, 'r') // a FileHandle is AsyncDisposable
  return await body(file) // closed after this, also when body throws
}

export const firstLine = (path: string) =>
  withFile(path, async file => (await file.readFile('utf8')).split('\n')[0] ?? '')
// #endregion file-handle

// #region custom-async-disposable
export function connect(name: string, log: (line: string) => void, failOnClose = false): AsyncDisposable {
  log(`open ${name}`)
  return {
    async [Symbol.asyncDispose]() {
      await Promise.resolve() // e.g. flush and close a socket
      log(`close ${name}`)
      if (failOnClose) throw new Error(`closing ${name} failed`)
    },
  }
}

export async function handle(log: (line: string) => void, fail = false): Promise<void> {
  await using db = connect('db', log)
  await using cache = connect('cache', log, fail)
  log('work') // closed in reverse order: cache, then db
  if (fail) throw new Error('work failed') // plus a close error: SuppressedError
}
// #endregion custom-async-disposable
