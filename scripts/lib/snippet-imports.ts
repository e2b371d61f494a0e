// `<<< path#region lang {meta}` lines of a deck, read with Slidev's own grammar.
import { dirname, resolve } from 'node:path'

export const SNIPPET_IMPORT = /^<<<[ \t]*(\S.*?)(#[\w-]+)?[ \t]*(?:[ \t](\S+?))?[ \t]*(\{.*)?$/

export interface SnippetImport {
  /** 1-based line in the markdown file. */
  line: number
  /** The path as written. */
  path: string
  /** The region name, without `#`. */
  region?: string
  lang: string
  /** Everything after the language: `{2-4}`, `{monaco-run} {autorun: false}`, … */
  meta: string
  /** Absolute path of the imported file. */
  file: string
  /** A live `{monaco-run}` block. */
  run: boolean
  /** Where a live block runs: on the kit's Node runner or in the browser. */
  target: 'node' | 'browser'
}

export function parseSnippetImport(text: string, line: number, markdownFile: string, userRoot = dirname(markdownFile)): SnippetImport | undefined {
  const match = SNIPPET_IMPORT.exec(text.trim())
  if (!match)
    return undefined
  const [, path = '', region, lang = '', meta = ''] = match
  const file = path.startsWith('@/') ? resolve(userRoot, path.slice(2)) : resolve(dirname(markdownFile), path)
  return {
    line,
    path,
    ...(region ? { region: region.slice(1) } : {}),
    lang,
    meta: meta.trim(),
    file,
    run: /\{\s*monaco-run\s*\}/.test(meta),
    target: /target\s*:\s*['"]node['"]/.test(meta) ? 'node' : 'browser',
  }
}

/** Every snippet import of a markdown source, skipping lines inside code fences. */
export function snippetImports(markdown: string, markdownFile: string): SnippetImport[] {
  const found: SnippetImport[] = []
  let fence: string | undefined
  markdown.split(/\r?\n/).forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1]
    if (marker) {
      if (!fence)
        fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && !text.trim().slice(marker.length))
        fence = undefined
      return
    }
    if (!fence && text.trimStart().startsWith('<<<')) {
      const parsed = parseSnippetImport(text, index + 1, markdownFile)
      if (parsed)
        found.push(parsed)
    }
  })
  return found
}
