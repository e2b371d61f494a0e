// Swagger UI served by the app itself, from the swagger-ui-dist package: the docs page works
// offline and behind a firewall, and loads no script from a CDN.
import type { Env, Hono } from 'hono'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { swaggerUI } from '@hono/swagger-ui'

const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
// The only files the page loads: a name from the URL never becomes a path on its own.
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
}

/** Swagger UI for the OpenAPI document at `specUrl`, on `path` (default `/docs`). */
export function swaggerDocs<E extends Env>(app: Hono<E>, specUrl: string, path = '/docs'): void {
  app.get(path, swaggerUI({ url: specUrl, baseUrl: `${path}/assets` }))
  app.get(`${path}/assets/swagger-ui-dist/:file`, async (c) => {
    const type = ASSETS[c.req.param('file')]
    if (!type)
      return c.notFound()
    const body = await readFile(join(dist, c.req.param('file')))
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' })
  })
}
