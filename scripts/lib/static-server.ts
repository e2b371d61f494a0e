// A small static file server for built decks and the course hub (tests, bench, `npm run serve`).
// Loopback only; falls back to index.html inside a deck folder so deep links to /<n> work.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** Nearest index.html at or above `dir` (inside `root`): a deck's SPA entry for its deep links. */
function spaFallback(root: string, dir: string): string | undefined {
  for (let current = dir; current.startsWith(root); current = join(current, '..')) {
    const index = join(current, 'index.html')
    if (existsSync(index))
      return index
    if (current === root)
      break
  }
  return undefined
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = normalize(join(root, decodeURIComponent(url.pathname)))
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end()
      return
    }
    let file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path
    if (!existsSync(file)) {
      const fallback = extname(path) ? undefined : spaFallback(root, path)
      if (!fallback) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      file = fallback
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((done, fail) => server.close(error => (error ? fail(error) : done()))),
  }
}
