// Large uploads go to disk as they arrive, never whole into memory; a byte limit ends them
// with 413, and every failed ending (limit, client abort, disk error) deletes the partial file.
// Node only.
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { problem, sendProblem } from '../error-responses/problem-details.ts'

class TooLargeError extends Error { override name = 'TooLargeError' }

export interface UploadDeps {
  dir: string // temporary upload folder
  maxBytes: number
  onStart?: (path: string) => void // test probe: the partial file exists from here on
  onCleanup?: (path: string) => void
}

type NodeBytes = NodeReadableStream<Uint8Array>
const badRequest = (c: Parameters<typeof sendProblem>[0], detail: string) =>
  sendProblem(c, problem({ status: 400, code: 'BAD_REQUEST', detail }))
const tooLarge = (c: Parameters<typeof sendProblem>[0]) =>
  sendProblem(c, problem({ status: 413, code: 'HTTP_413', detail: 'Upload too large' }))

// #region upload-limit
/** Counts bytes as they pass; past the limit it fails the pipeline (-> 413). */
export function byteLimit(maxBytes: number, counted: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.byteLength
      done(counted.bytes > maxBytes ? new TooLargeError() : null, chunk)
    },
  })
}
// #endregion upload-limit

export function createUploadApp(deps: UploadDeps) {
  const app = new Hono()
  // #region upload-raw
  app.post('/uploads', async (c) => {
    const body = c.req.raw.body
    if (!body) return badRequest(c, 'Empty body')
    const path = join(deps.dir, `${crypto.randomUUID()}.part`) // not the client's
    const counted = { bytes: 0 }
    deps.onStart?.(path)
    try {
      await pipeline(Readable.fromWeb(body as NodeBytes),
        byteLimit(deps.maxBytes, counted), createWriteStream(path),
        { signal: c.req.raw.signal }) // a client abort ends it too
    }
    catch (err) {
      await rm(path, { force: true }) // no partial files left behind
      deps.onCleanup?.(path)
      if (err instanceof TooLargeError) return tooLarge(c)
      if (c.req.raw.signal.aborted) return badRequest(c, 'Aborted') // nobody reads it
      throw err
    }
    return c.json({ bytes: counted.bytes }, 201)
  })
  // #endregion upload-raw
  // parseBody buffers the whole form in memory: small forms only, behind body-limit.
  app.post('/form', bodyLimit({ maxSize: 64 * 1024, onError: tooLarge }), async (c) => {
    const form = await c.req.parseBody()
    return c.json({ fields: Object.keys(form).length })
  })
  return app
}
