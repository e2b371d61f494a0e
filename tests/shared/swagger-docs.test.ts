import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { swaggerDocs } from '../../snippets/shared/swagger-docs.ts'

function docsApp() {
  const app = new Hono()
  app.get('/openapi.json', c => c.json({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {} }))
  swaggerDocs(app, '/openapi.json')
  return app
}

describe('swaggerDocs', () => {
  it('serves a page that loads only same-origin assets', async () => {
    const res = await docsApp().request('/docs')
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('/openapi.json')
    const urls = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map(([, url]) => url!)
    expect(urls).toEqual(expect.arrayContaining(['/docs/assets/swagger-ui-dist/swagger-ui.css', '/docs/assets/swagger-ui-dist/swagger-ui-bundle.js']))
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('serves every asset the page links, with its content type', async () => {
    const app = docsApp()
    const html = await (await app.request('/docs')).text()
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const res = await app.request(url!)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type'), url).toMatch(url!.endsWith('.css') ? /^text\/css/ : /^text\/javascript/)
      expect((await res.arrayBuffer()).byteLength, url).toBeGreaterThan(10_000)
    }
  })

  it('answers 404 for any other file, including paths that climb out of the package', async () => {
    const app = docsApp()
    for (const path of ['/docs/assets/swagger-ui-dist/package.json', '/docs/assets/swagger-ui-dist/..%2F..%2Fpackage.json', '/docs/assets/swagger-ui-dist/%2e%2e'])
      expect((await app.request(path)).status, path).toBe(404)
  })

  it('mounts on another path', async () => {
    const app = new Hono()
    swaggerDocs(app, '/spec.json', '/api-docs')
    expect(await (await app.request('/api-docs')).text()).toContain('/api-docs/assets/swagger-ui-dist/swagger-ui-bundle.js')
  })
})
