import { globSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineUnoSetup } from '@slidev/types'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

/** Everything any deck's build can take utility classes from (not snippets: code is shown, not rendered). */
const SOURCES = [
  'decks/**/*.md',
  'components/**/*.vue',
  'setup/**/*.ts',
  'node_modules/@slidev/client/**/*.{vue,ts}',
  'node_modules/@slidev/theme-default/**/*.{vue,ts}',
]

// In a course site build (scripts/lib/site.ts), every deck scans every deck's sources, so all
// decks get the same stylesheet and the site stores it once. A deck alone, and `npm run dev`
// (which follows a presenter's edits), keep Slidev's scan of what the deck uses.
const siteBuild = process.env.KIT_SITE_BUILD === '1'

/** Each distinct line of the sources once: a third of their text, so the scan costs little. */
function uniqueLines(): string {
  const lines = new Set(globSync(SOURCES, { cwd: kitRoot }).sort().flatMap(file => readFileSync(`${kitRoot}${file}`, 'utf8').split('\n')))
  return [...lines].join('\n')
}

export default defineUnoSetup(() => siteBuild
  ? {
      extractors: [{
        name: 'kit:deck-sources-only',
        order: -100,
        // A deck's page and compiled slides also carry its title, description and revision
        // hashes, which read as classes (`content~=around`, `p29740`) in one deck only.
        extract(context) {
          if (/\/decks\/|__slidev_|^\/@slidev\/|index\.html/.test(context.id ?? ''))
            context.code = ''
          return undefined
        },
      }],
      // Inline, not `content.filesystem`, which skips .ts files.
      content: { inline: [uniqueLines] },
    }
  : {})
