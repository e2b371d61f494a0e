import { createCompressedApp } from './compress.ts'

const app = createCompressedApp()
for (const path of ['/big', '/small']) {
  const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } })
  const sent = (await res.arrayBuffer()).byteLength
  const encoding = res.headers.get('Content-Encoding') ?? 'identity'
  console.log(`${path}: ${encoding}, ${sent} bytes on the wire`)
}
