// `npm run check`: the drift check on its own, for authors (also part of `npm test`).
import { checkDecks, formatProblem } from './lib/check-decks.ts'

const problems = checkDecks()
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'))
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} between decks and snippets.`)
  process.exit(1)
}
console.log('Decks and snippets agree: every import, region and highlight resolves; every snippet is shown and tested.')
