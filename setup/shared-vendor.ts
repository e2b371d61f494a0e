// One copy of Mermaid for the whole site. A deck's build would bundle Mermaid into chunks whose
// bytes (export names, hashes of the chunks they import) differ from deck to deck, so a site of N
// decks would carry N copies. Instead a built deck imports Mermaid's own prebuilt ESM files by a
// bare name that an import map resolves: the files are the same for every deck and the site
// stores them once (scripts/lib/site.ts). `npm run dev` and exports keep Vite's normal bundling.
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'

const require = createRequire(import.meta.url)

interface Vendor {
  /** What Slidev's client imports. */
  specifier: string
  /** The bare name built decks import instead, resolved by the import map. */
  name: string
  /** The prebuilt ESM entry, and the folder of the files it imports. */
  entry: string
  chunks: string
  version: string
}

function mermaid(): Vendor {
  const root = dirname(require.resolve('mermaid/package.json'))
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  return {
    specifier: 'mermaid/dist/mermaid.esm.mjs',
    name: 'kit-vendor/mermaid',
    entry: join(root, 'dist/mermaid.esm.min.mjs'),
    chunks: join(root, 'dist/chunks/mermaid.esm.min'),
    version,
  }
}

export function sharedVendor(): Plugin {
  const vendor = mermaid()
  const folder = `assets/vendor/mermaid-${vendor.version}`
  let base = './'
  return {
    name: 'kit:shared-vendor',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base
    },
    resolveId(id) {
      return id === vendor.specifier ? { id: vendor.name, external: true } : undefined
    },
    transformIndexHtml() {
      const importMap = { imports: { [vendor.name]: `${base}${folder}/${relative(dirname(vendor.entry), vendor.entry)}` } }
      return [{ tag: 'script', attrs: { type: 'importmap' }, children: JSON.stringify(importMap), injectTo: 'head-prepend' }]
    },
    generateBundle() {
      const files = [vendor.entry, ...readdirSync(vendor.chunks).filter(f => f.endsWith('.mjs')).map(f => join(vendor.chunks, f))]
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: `${folder}/${relative(dirname(vendor.entry), file).split(sep).join('/')}`, source: readFileSync(file) })
    },
  }
}
