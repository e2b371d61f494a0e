// Streamed downloads: 64 KiB reads from disk straight to the socket, with the headers that let
// a browser save and show progress, and a path that cannot leave the exports folder. Node only.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, resolve, sep } from 'node:path'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import type { Context } from 'hono'
import { problem, sendProblem } from '../error-responses/problem-details.ts'
import type { ErrorStatus } from '../error-responses/problem-details.ts'

// #region safe-path
/** The name resolved inside `root`; undefined when it escapes (../, /etc/...). */
export function resolveInside(root: string, name: string): string | undefined {
  const base = resolve(root)
  const full = resolve(base, name)
  return full.startsWith(base + sep) ? full : undefined
}
// #endregion safe-path

type Disposition = 'attachment' | 'inline'

// #region content-disposition
/** ASCII fallback for old clients + RFC 5987 `filename*` for the UTF-8 name. */
export function contentDisposition(name: string, type: Disposition = 'attachment') {
  // no quotes or backslashes left to escape
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const utf8 = encodeURIComponent(name)
    .replace(/['()*]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`
}
// #endregion content-disposition

const fail = (c: Context, status: ErrorStatus, code: string, detail: string) =>
  sendProblem(c, problem({ status, code, detail })) // the section's one error shape

export function createDownloadApp(exportsDir: string) {
  const app = new Hono()
  // #region download-stream
  app.get('/downloads/:name', async (c) => {
    const path = resolveInside(exportsDir, c.req.param('name'))
    if (!path) return fail(c, 400, 'BAD_REQUEST', 'Invalid file name')
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) return fail(c, 404, 'NOT_FOUND', 'File not found')
    const body = Readable.toWeb(createReadStream(path)) // 64 KiB reads, on demand
    return c.body(body as ReadableStream<Uint8Array<ArrayBuffer>>, 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(info.size), // clients can show progress
      'Content-Disposition': contentDisposition(basename(path)),
    })
  })
  // #endregion download-stream
  return app
}
