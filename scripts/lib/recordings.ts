// Recorded output of the live blocks: what each demo printed, committed beside it
// (`x.demo.ts` → `x.demo.recorded.txt`), shown by the static site and PDFs and re-checked by the tests.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckPaths, kitRoot } from './course.ts'
import type { RunEvent } from './node-runner.ts'
import { kitPath } from './node-runner.ts'
import { snippetImports } from './snippet-imports.ts'

export interface RunBlock {
  deck: string
  /** Kit-relative path of the demo program. */
  file: string
  target: 'node' | 'browser'
  /** Where the block is, for messages: `decks/…/slides.md:42`. */
  at: string
}

export function runBlocks(deck: string, root: string = kitRoot): RunBlock[] {
  const slides = deckPaths(deck, root).slides
  return snippetImports(readFileSync(slides, 'utf8'), slides)
    .filter(block => block.run)
    .map(block => ({ deck, file: kitPath(block.file, root), target: block.target, at: `${kitPath(slides, root)}:${block.line}` }))
}

export const recordingFile = (file: string) => file.replace(/\.[mc]?[tj]s$/, '.recorded.txt')

export function readRecording(file: string, root: string = kitRoot): string | undefined {
  const path = join(root, recordingFile(file))
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

const NORMALIZE = /^\s*\/\/\s*@normalize\s+\/(.+)\/([a-z]*)\s*->\s*(.*)$/gm

/**
 * A demo whose output legitimately varies declares how to make it comparable, one comment a rule:
 * `// @normalize /\d+ ms/g -> <n> ms`
 */
export function normalizeOutput(text: string, demoSource: string): string {
  let out = text.replace(/\r\n/g, '\n').replace(/\s+$/, '')
  for (const [, pattern, flags, replacement] of demoSource.matchAll(NORMALIZE))
    out = out.replace(new RegExp(pattern!, flags!.includes('g') ? flags : `${flags}g`), replacement!.trim())
  return `${out}\n`
}

/** A demo as the audience reads it on a static slide: without its `// @normalize` rules. */
export function withoutNormalizeRules(demoSource: string): string {
  return demoSource.replace(/^[ \t]*\/\/[ \t]*@normalize\s.*(?:\r?\n|$)/gm, '').trimEnd()
}

/** A Node run's output as the recording stores it: stdout as printed, stderr lines marked. */
export function nodeOutputText(events: RunEvent[]): string {
  let out = ''
  for (const event of events) {
    if (event.type === 'stdout')
      out += event.text
    else if (event.type === 'stderr')
      out += event.text.split(/(?<=\n)/).map(line => `[stderr] ${line}`).join('')
    else if (event.type !== 'exit')
      continue
    else if (event.timedOut)
      out += '\n[timed out]\n'
    else if (event.code !== 0)
      out += `\n[exit code ${event.code}]\n`
  }
  return out
}
