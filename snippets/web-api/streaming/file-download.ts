// Streamed downloads: 64 KiB reads from disk straight to the socket, with the headers that let
// a browser save and show progress, and a path that cannot leave the exports folder. Node only.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, resolve, sep } from 'node:path'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { problem, sendProblem } from '../error-responses/problem-details.ts'

// #region safe-path
/** The requested name resolved inside `root`, or undefined when it escapes (../, /etc/...). */
export function resolveInside(root: string, name: string): string | undefined {
  const base = resolve(root)
  const full = resolve(base, name)
  return full.startsWith(base + sep) ? full : undefined
}
// #endregion safe-path

// #region content-disposition
/** ASCII fallback for old clients + RFC 5987 `filename*` for the real (UTF-8) name. */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment') {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') // no quotes to escape
  const utf8 = encodeURIComponent(name)
    .replace(/['()*]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`
}
// #endregion content-disposition

export function createDownloadApp(exportsDir: string) {
  const app = new Hono()
  // #region download-stream
  app.get('/downloads/:name', async (c) => {
    const path = resolveInside(exportsDir, c.req.param('name'))
    if (!path) return sendProblem(c, problem({ status: 400, code: 'BAD_REQUEST', detail: 'Invalid file name' }))
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) return sendProblem(c, problem({ status: 404, code: 'NOT_FOUND', detail: 'File not found' }))
    const body = Readable.toWeb(createReadStream(path)) // 64 KiB reads, only as fast as sent
    return c.body(body as ReadableStream<Uint8Array<ArrayBuffer>>, 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(info.size), // clients can show progress
      'Content-Disposition': contentDisposition(basename(path)),
    })
  })
  // #endregion download-stream
  return app
}
