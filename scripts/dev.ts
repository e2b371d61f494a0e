// `npm run dev [-- <deck>] [slidev options]`: present a deck with live reload.
// No deck: a picker on a terminal, the reference deck otherwise. A deck: its id or a fuzzy name.
import { spawn } from 'node:child_process'
import { allDecks, deckPaths, kitRoot, loadCourse, writtenDecks } from './lib/course.ts'
import { deckTitles, readDeck } from './lib/deck-slides.ts'
import { findDeck, UnknownDeckError } from './lib/find-deck.ts'
import { pick } from './lib/picker.ts'
import { slidevCli, viteCacheDir } from './lib/slidev.ts'

const course = loadCourse()
const decks = writtenDecks(course)
const titles = deckTitles(decks.map(deck => deck.id))
const [query, ...slidevArgs] = process.argv.slice(2)

async function chooseDeck(): Promise<string | undefined> {
  if (query && !query.startsWith('-')) {
    try {
      const deck = findDeck(course, query, allDecks(course), titles)
      if (decks.includes(deck))
        return deck.id
      console.error(`${deck.id} is in the course but has no slides yet (decks/${deck.id}/slides.md).`)
      process.exit(1)
    }
    catch (error) {
      if (!(error instanceof UnknownDeckError))
        throw error
      console.error(error.message)
      process.exit(1)
    }
  }
  if (query)
    slidevArgs.unshift(query)
  if (!process.stdin.isTTY || !process.stdout.isTTY)
    return course.reference
  const sectionTitle = new Map(course.sections.map(section => [section.id, section.title]))
  return pick(decks.map(deck => ({
    value: deck.id,
    label: `${readDeck(deck.id).title}  \x1B[2m${deck.id}\x1B[0m`,
    group: sectionTitle.get(deck.section) ?? deck.section,
  })), 'Which deck?')
}

const deck = await chooseDeck()
if (!deck)
  process.exit(0)
console.log(`Presenting ${deck} (decks/${deck}/slides.md)`)
const child = spawn(process.execPath, [slidevCli, deckPaths(deck).slides, ...slidevArgs], {
  cwd: kitRoot,
  stdio: 'inherit',
  env: { ...process.env, KIT_VITE_CACHE_DIR: viteCacheDir(deck) },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))
