import { globSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineUnoSetup } from '@slidev/types'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

/** Everything any deck's build can take utility classes from. */
const SOURCES = [
  'decks/**/*.md',
  'snippets/**/*.{ts,tsx,txt}',
  'components/**/*.vue',
  'setup/**/*.ts',
  'node_modules/@slidev/client/**/*.{vue,ts}',
  'node_modules/@slidev/theme-default/**/*.{vue,ts}',
]

// In a build, every deck scans every deck's sources, so all decks get the same stylesheet and the
// course site stores it once (setup/shared-chunks.ts). `npm run dev` keeps Slidev's scan of what
// the deck uses, which follows a presenter's edits.
const building = process.argv.includes('build')

export default defineUnoSetup(() => building
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
      content: { inline: globSync(SOURCES, { cwd: kitRoot }).sort().map(file => () => readFileSync(`${kitRoot}${file}`, 'utf8')) },
    }
  : {})
