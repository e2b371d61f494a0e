// Which modules a deck's live blocks import: `{monaco-run}` snippets are run in the browser by
// Slidev, which resolves imports only from a table known at build time. This finds the imports of
// every browser-run snippet of a deck, so a live demo can `import { wrap } from './manual-wrap.ts'`
// exactly as the file on disk does.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { findRegion } from '../scripts/lib/regions.ts'

const SNIPPET_IMPORT = /^<<<[ \t]*(\S.*?)(#[\w-]+)?[ \t]*(?:[ \t](\S+?))?[ \t]*(\{.*)?$/
const IMPORT_FROM = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g

export interface LiveImport {
  /** The specifier exactly as written in the snippet. */
  specifier: string
  /** The file (or package) it resolves from. */
  importer: string
}

/** Browser-run snippet blocks in a deck's markdown files, and what their code imports. */
export function liveImports(userRoot: string, markdownFiles: string[]): LiveImport[] {
  const found = new Map<string, LiveImport>()
  for (const mdFile of markdownFiles) {
    for (const line of readFileSync(mdFile, 'utf8').split(/\r?\n/)) {
      const match = SNIPPET_IMPORT.exec(line.trim())
      if (!match || !match[4]?.includes('monaco-run') || /target\s*:\s*['"]node['"]/.test(match[4]))
        continue
      const path = match[1]!
      const file = path.startsWith('@/') ? resolve(userRoot, path.slice(2)) : resolve(dirname(mdFile), path)
      if (!existsSync(file))
        continue
      const source = readFileSync(file, 'utf8')
      const code = match[2] ? findRegion(source, match[2].slice(1))?.lines.join('\n') ?? source : source
      for (const [, from, bare] of code.matchAll(IMPORT_FROM)) {
        const specifier = (from ?? bare)!
        found.set(specifier, { specifier, importer: file })
      }
    }
  }
  return [...found.values()]
}
