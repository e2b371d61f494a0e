// Which modules a deck's browser-run blocks import: Slidev resolves a live block's imports only
// from a table known at build time. This finds the imports of every browser-run demo of a deck,
// so a demo can `import { wrap } from './manual-wrap.ts'` exactly as the file on disk does.
import { existsSync, readFileSync } from 'node:fs'
import { snippetImports } from '../scripts/lib/snippet-imports.ts'

const IMPORT_FROM = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g

export interface LiveImport {
  /** The specifier exactly as written in the demo. */
  specifier: string
  /** The demo file it is written in (what it resolves from). */
  importer: string
}

export function liveImports(markdownFiles: string[]): LiveImport[] {
  const found = new Map<string, LiveImport>()
  for (const mdFile of markdownFiles) {
    const blocks = snippetImports(readFileSync(mdFile, 'utf8'), mdFile)
    for (const block of blocks.filter(b => b.run && b.target === 'browser' && existsSync(b.file))) {
      for (const [, from, bare] of readFileSync(block.file, 'utf8').matchAll(IMPORT_FROM)) {
        const specifier = (from ?? bare)!
        found.set(specifier, { specifier, importer: block.file })
      }
    }
  }
  return [...found.values()]
}
