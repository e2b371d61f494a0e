// Relinking a deck's chunks to stable names, so chunks two decks share are stored once
// (scripts/lib/relink.ts).
import { describe, expect, it } from 'vitest'
import { relinkChunks } from '../../scripts/lib/relink.ts'

/** A deck's assets/ folder: file → content. */
function relink(files: Record<string, string>) {
  return relinkChunks(Object.keys(files), file => files[file]!)
}

describe('relinkChunks', () => {
  it('makes a chunk that differs only in the hashes of its imports the same stored file', () => {
    const first = relink({
      'index-AAAAAAAA.js': 'import{useNav}from"./slidev/env-11111111.js";',
      'slidev/env-11111111.js': 'export const title=`One`;',
    })
    const second = relink({
      'index-BBBBBBBB.js': 'import{useNav}from"./slidev/env-22222222.js";',
      'slidev/env-22222222.js': 'export const title=`Two`;',
    })
    const storedIndex = first.renamed.get('index-AAAAAAAA.js')
    expect(storedIndex).toBe(second.renamed.get('index-BBBBBBBB.js'))
    expect(first.chunks.get(storedIndex!)).toBe('import{useNav}from"./slidev/env.js";')
    // Each deck resolves the stable name to its own env chunk.
    expect(first.importMap['slidev/env.js']).toBe(first.renamed.get('slidev/env-11111111.js'))
    expect(second.importMap['slidev/env.js']).toBe(second.renamed.get('slidev/env-22222222.js'))
    expect(first.importMap['slidev/env.js']).not.toBe(second.importMap['slidev/env.js'])
  })

  it('rewrites static imports, dynamic imports and preload lists, relative to the importing chunk', () => {
    const { chunks, renamed } = relink({
      'slidev/shortcuts-AAAAAAAA.js': 'const d=["../modules/vue-BBBBBBBB.js","./env-CCCCCCCC.js"];import(`../index-DDDDDDDD.js`);import(\'./env-CCCCCCCC.js\')',
      'modules/vue-BBBBBBBB.js': '',
      'slidev/env-CCCCCCCC.js': '',
      'index-DDDDDDDD.js': '',
    })
    expect(chunks.get(renamed.get('slidev/shortcuts-AAAAAAAA.js')!))
      .toBe('const d=["../modules/vue.js","./env.js"];import(`../index.js`);import(\'./env.js\')')
  })

  it('keeps the hashed name of chunks that share a name (one per slide), and still maps it', () => {
    const { chunks, renamed, importMap } = relink({
      'deck-AAAAAAAA.js': 'import("./md-11111111.js");import("./md-22222222.js")',
      'md-11111111.js': 'one',
      'md-22222222.js': 'two',
    })
    expect(chunks.get(renamed.get('deck-AAAAAAAA.js')!)).toBe('import("./md-11111111.js");import("./md-22222222.js")')
    expect(importMap['md-11111111.js']).toBe(renamed.get('md-11111111.js'))
    expect(renamed.get('md-11111111.js')).not.toBe(renamed.get('md-22222222.js'))
  })

  it('stores chunks by a hash of their relinked content, and leaves other assets alone', () => {
    const { chunks, renamed } = relink({
      'index-AAAAAAAA.js': 'import"./lib/vue-BBBBBBBB.js"',
      'lib/vue-BBBBBBBB.js': 'vue',
      'index-CcCcCcCc.css': 'body{}',
      'vendor/mermaid/m.mjs': 'mermaid',
    })
    expect([...renamed.keys()].sort()).toEqual(['index-AAAAAAAA.js', 'lib/vue-BBBBBBBB.js'])
    expect(renamed.get('lib/vue-BBBBBBBB.js')).toMatch(/^lib\/vue-[\w-]{8}\.js$/)
    expect(chunks.size).toBe(2)
  })

  it('leaves a path that names no chunk of the deck as it is', () => {
    const { chunks, renamed } = relink({ 'index-AAAAAAAA.js': 'import("./gone-BBBBBBBB.js");fetch("https://example.test/a-CCCCCCCC.js")' })
    expect(chunks.get(renamed.get('index-AAAAAAAA.js')!)).toBe('import("./gone-BBBBBBBB.js");fetch("https://example.test/a-CCCCCCCC.js")')
  })
})
