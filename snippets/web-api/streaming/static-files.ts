// Files served as they are on disk: the static helper of @hono/node-server sets Content-Length
// and the MIME type and answers Range requests (206 / 416). Node only.
import { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'

// #region serve-static-range
export function createStaticApp(publicDir: string) {
  const app = new Hono()
  app.use('/static/*', serveStatic({
    root: publicDir, // never outside it: the helper refuses ../
    rewriteRequestPath: path => path.replace(/^\/static/, ''),
  }))
  return app // Range: bytes=0-99 -> 206 + Content-Range: bytes 0-99/<size>
}
// #endregion serve-static-range
