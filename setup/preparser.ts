import { dirname } from 'node:path'
import { definePreparserSetup } from '@slidev/types'
import { kitPath } from '../scripts/lib/node-runner.ts'
import { parseSnippetImport } from '../scripts/lib/snippet-imports.ts'
import { deckDefaults } from './deck-defaults.ts'

const RUNNER_KEYS = new Set(['target', 'timeout'])
const PAIR = /(\w+)\s*:\s*('[^']*'|"[^"]*"|[\w.-]+)/g

/**
 * Every live block learns which demo file it shows (its relative imports resolve from there, and
 * its recording is found by it) and where it runs. Slidev's block options cannot nest braces, so
 * authors write them flat (`{autorun: false, target: 'node', timeout: 20000}`) and the runner's
 * options are passed without braces. In a static build or an export, live blocks run by
 * themselves, so every page shows output without a click.
 */
function annotateLiveBlock(line: string, markdownFile: string, mode: string | undefined): string {
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
    else if (key === 'autorun' && mode && mode !== 'dev')
      props.push('autorun: true')
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
    return content.split('\n').map(line => line.trimStart().startsWith('<<<') ? annotateLiveBlock(line, filepath, mode) : line).join('\n')
  },
}])
