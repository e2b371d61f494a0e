// A large download straight to disk: pipeline() moves chunks from the socket to the file with
// backpressure and propagates errors both ways; on any failure the partial file is deleted.
// Node only (undici.request gives a Node Readable body).
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { request } from 'undici'
import type { Dispatcher } from 'undici'

// #region pipeline
/** Streams `url` into `path`; returns the bytes written. Never leaves a partial file. */
export async function downloadToFile(agent: Dispatcher, url: string, path: string,
  signal?: AbortSignal): Promise<number> {
  const { statusCode, body } = await request(url, { dispatcher: agent, signal })
  if (statusCode !== 200) {
    await body.dump() // free the socket
    throw new Error(`download failed: HTTP ${statusCode}`)
  }
  const file = createWriteStream(path, { flags: 'wx' }) // never overwrite an existing file
  try {
    await pipeline(body, file, { signal }) // backpressure: a busy disk pauses the socket
    return file.bytesWritten
  }
  catch (err) {
    await rm(path, { force: true }) // abort, reset, disk full: no half-written file
    throw err
  }
}
// #endregion pipeline
