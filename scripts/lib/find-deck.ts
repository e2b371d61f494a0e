// Turns what a presenter types (`retries`, `decorators`, `web-api/validation`) into deck ids.
import type { Course, CourseDeck } from './course.ts'
import { allDecks, writtenDecks } from './course.ts'
import { deckTitles } from './deck-slides.ts'

export class UnknownDeckError extends Error {
  override name = 'UnknownDeckError'
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/** Deck ids closest to `query`, best first. */
export function closestDecks(decks: CourseDeck[], query: string, count = 3): string[] {
  const q = query.toLowerCase()
  return decks
    .map(deck => ({ id: deck.id, score: Math.min(distance(q, deck.id), distance(q, deck.name)) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map(entry => entry.id)
}

/**
 * One deck for a query: its id, its deck name when unique (`decorators`), a unique fragment of
 * its id (`valid` → web-api/validation), or of its title and summary (`retries` → the deck that
 * teaches them). Ambiguous and unknown queries throw with the closest ids.
 */
export function findDeck(course: Course, query: string, decks: CourseDeck[] = allDecks(course), titles: ReadonlyMap<string, string> = new Map()): CourseDeck {
  const q = query.trim().toLowerCase().replace(/^decks\//, '').replace(/\/slides\.md$/, '').replace(/\/$/, '')
  const exact = decks.find(deck => deck.id === q)
  if (exact)
    return exact
  for (const matches of [
    decks.filter(deck => deck.name === q),
    decks.filter(deck => deck.id.includes(q)),
    decks.filter(deck => q.split(/[\s/-]+/).every(word => deck.id.includes(word))),
    decks.filter(deck => titles.get(deck.id)?.toLowerCase().includes(q)),
  ]) {
    if (matches.length === 1)
      return matches[0]!
    if (matches.length > 1)
      throw new UnknownDeckError(`"${query}" matches several decks: ${matches.map(d => d.id).join(', ')}. Name one of them.`)
  }
  throw new UnknownDeckError(`No deck matches "${query}". Closest: ${closestDecks(decks, q).join(', ')}.`)
}

/** Several queries (e.g. from argv or a comma-separated variable), deduplicated, in course order. */
export function findDecks(course: Course, queries: string[], decks: CourseDeck[] = allDecks(course), titles: ReadonlyMap<string, string> = new Map()): CourseDeck[] {
  const wanted = new Set(queries.flatMap(q => q.split(',')).filter(q => q.trim()).map(q => findDeck(course, q, decks, titles).id))
  return decks.filter(deck => wanted.has(deck.id))
}

/** As selectWrittenDecks, for a command line: an unknown or ambiguous name prints one line and exits 1. */
export function selectWrittenDecksOrExit(course: Course, queries: string[]): string[] {
  try {
    return selectWrittenDecks(course, queries).map(deck => deck.id)
  }
  catch (error) {
    if (!(error instanceof UnknownDeckError))
      throw error
    console.error(error.message)
    process.exit(1)
  }
}

/** The written decks a command works on: those named (ids, fuzzy names, titles), or all of them. */
export function selectWrittenDecks(course: Course, queries: string[]): CourseDeck[] {
  const written = writtenDecks(course)
  const named = queries.filter(query => query.trim())
  return named.length ? findDecks(course, named, written, deckTitles(written.map(deck => deck.id))) : written
}
