// Every written deck (or those in KIT_DECKS) exports to a PDF handout with one page per slide:
// the page count equals the deck's visible slides, as the kit counts them (hidden slides excluded;
// reveals are shown in their final state, not one page per click — scripts/lib/export.ts). A deck
// that Slidev's one-piece print cuts short is exported again slide by slide, so may take twice as long.
//
//   KIT_DECKS=decorators npx vitest run --project e2e tests/e2e/pdf.test.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath } from '../../scripts/lib/chromium.ts'
import { kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { readDeck } from '../../scripts/lib/deck-slides.ts'
import { type DeckExport, exportDecks, pdfPages } from '../../scripts/lib/export.ts'
import { selectWrittenDecks } from '../../scripts/lib/find-deck.ts'

const course = loadCourse()
const decks = selectWrittenDecks(course, [process.env.KIT_DECKS ?? ''])
const PARALLEL = 2
const DECK_TIMEOUT_MS = 900_000 // per export attempt; a deck gets at most two
const exports = new Map<string, DeckExport>()
let outDir: string

beforeAll(async () => {
  mkdirSync(join(kitRoot, '.kit/e2e'), { recursive: true })
  outDir = mkdtempSync(join(kitRoot, '.kit/e2e/pdf-')) // a folder of this run: runs at the same time do not share one
  const results = await exportDecks(decks.map(deck => deck.id), { outDir, executablePath: chromiumPath(), parallel: PARALLEL, timeoutMs: DECK_TIMEOUT_MS })
  for (const result of results)
    exports.set(result.id, result)
}, Math.ceil(decks.length / PARALLEL) * 2 * DECK_TIMEOUT_MS + 60_000)

afterAll(() => {
  if (outDir)
    rmSync(outDir, { recursive: true, force: true })
})

describe.each(decks.map(deck => deck.id))('%s', (id) => {
  it('exports one PDF page per visible slide', async () => {
    const result = exports.get(id)!
    if (!result.ok)
      throw new Error(`slidev export of ${id} failed:\n${result.error}`)
    expect(await pdfPages(result.pdf!), `pages of ${result.pdf}`).toBe(readDeck(id).slides.length)
  })
})
