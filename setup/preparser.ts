import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { definePreparserSetup } from '@slidev/types'
import { kitPath } from '../scripts/lib/node-runner.ts'
import { withoutNormalizeRules } from '../scripts/lib/recordings.ts'
import { parseSnippetImport } from '../scripts/lib/snippet-imports.ts'
import { deckDefaults } from './deck-defaults.ts'

const RUNNER_KEYS = new Set(['target', 'timeout'])
const PAIR = /(\w+)\s*:\s*('[^']*'|"[^"]*"|[\w.-]+)/g

/**
 * A built site or a PDF has no editor and no Node runner: each live block becomes the snippet as
 * plain highlighted code followed by its recorded output, which `npm test` keeps equal to a real
 * run. Slidev then bundles no Monaco (`monaco: 'dev'` in deck-defaults.ts): a deck builds and
 * exports about as fast as plain Slidev, and every deck of the site shares the same files.
 */
function staticLiveBlock(line: string, markdownFile: string): string {
  const block = parseSnippetImport(line, 0, markdownFile, dirname(markdownFile))
  if (!block || !/\{monaco(-run)?\}/.test(block.meta))
    return line
  if (!block.run)
    return line.slice(0, line.indexOf(block.meta)).trimEnd()
  // The demo as the audience reads it: without the `// @normalize` rules its recording test uses.
  const code = withoutNormalizeRules(readFileSync(block.file, 'utf8'))
  const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map(([run]) => run.length + 1)))
  const indent = /^\s*/.exec(line)![0]
  // A fixed editor height on stage (`height: '300px'`) bounds the code the same way here.
  const height = /\bheight\s*:\s*['"](\d+px)['"]/.exec(block.meta)?.[1]
  return [
    `<div class="kit-live-code"${height ? ` style="max-height: ${height}"` : ''}>`,
    '',
    `${fence}${block.lang}`,
    ...code.split('\n'),
    fence,
    '',
    '</div>',
    '',
    `<RecordedOutput file="${kitPath(block.file)}" />`,
    '',
  ].map(text => (text ? indent : '') + text).join('\n')
}

/**
 * Every live block learns which demo file it shows (its relative imports resolve from there, and
 * its recording is found by it) and where it runs. Slidev's block options cannot nest braces, so
 * authors write them flat (`{autorun: false, target: 'node', timeout: 20000}`) and the runner's
 * options are passed without braces.
 */
function annotateLiveBlock(line: string, markdownFile: string): string {
  const block = parseSnippetImport(line, 0, markdownFile, dirname(markdownFile))
  if (!block?.run)
    return line
  const optionsText = /\}\s*(\{.*\})\s*$/.exec(block.meta)?.[1] ?? ''
  const props: string[] = []
  const runner: string[] = [`['file', '${kitPath(block.file).replace(/['\\]/g, '')}']`]
  for (const [, key, value] of optionsText.matchAll(PAIR)) {
    if (key === 'runnerOptions')
      continue
    if (RUNNER_KEYS.has(key!))
      runner.push(`['${key}', ${value}]`)
    else
      props.push(`${key}: ${value}`)
  }
  props.push(`runnerOptions: Object.fromEntries([${runner.join(', ')}])`)
  const head = line.slice(0, line.indexOf(block.meta))
  return `${head}{monaco-run} {${props.join(', ')}}`
}

export default definePreparserSetup(({ filepath, mode }) => [{
  name: 'kit:deck-defaults-and-live-blocks',
  async transformSlide(content, frontmatter: Record<string, unknown>) {
    // The headmatter is the first slide's frontmatter: fill in the kit's shared settings.
    if ('addons' in frontmatter) {
      for (const [key, value] of Object.entries(deckDefaults))
        frontmatter[key] ??= value
      // A built deck works from any static host or plain file server: no rewrites for deep links.
      if (mode === 'build')
        frontmatter.routerMode ??= 'hash'
    }
    if (!content.includes('<<<'))
      return undefined
    const live = mode === 'build' || mode === 'export'
      ? (line: string) => staticLiveBlock(line, filepath)
      : (line: string) => annotateLiveBlock(line, filepath)
    return content.split('\n').map(line => line.trimStart().startsWith('<<<') ? live(line) : line).join('\n')
  },
}])
