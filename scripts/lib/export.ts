// PDF handouts: `slidev export` of each deck in its own process, a few at a time.
//
// A handout shows every visible slide once, in its final state: all `v-click` reveals shown,
// code highlights on their last step (Slidev's print mode without `--with-clicks`). The decks'
// steps are additive (lists that grow, highlights that move, step components whose last step
// shows the whole picture), so the final state carries the slide's meaning; one page per slide
// keeps the handout as long as the deck. A slide whose steps matter on paper is split into slides.
//
// In an export, each live block is its code plus its recorded output under a *recorded* badge
// (setup/preparser.ts, components/RecordedOutput.vue): the PDF shows every output, and no editor.
//
// Slidev prints a deck in one piece (one tall page cut into slides), which is fast but loses the
// last pages when a slide's layout runs away in the print view. So every PDF is checked against
// the deck (one page per visible slide) and a short one is exported again slide by slide
// (`--per-slide`: each slide on its own page load; slower, exact).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { deckPaths, kitRoot } from './course.ts'
import { readDeck } from './deck-slides.ts'
import { type BuildProgress, inParallel } from './site.ts'
import { logTail, runSlidev } from './slidev.ts'

/** A deck's PDF in the site: `pdf/<section>-<deck>.pdf`, the name the hub links (scripts/lib/hub.ts). */
export const pdfName = (id: string) => `${id.replace('/', '-')}.pdf`

export interface DeckExport {
  id: string
  ok: boolean
  ms: number
  /** The PDF written (absolute path), when `ok`. */
  pdf?: string
  pages?: number
  bytes?: number
  /** The end of Slidev's log when the export failed. */
  error?: string
  /** How the PDF was made when not in one piece (e.g. re-exported slide by slide, and why). */
  note?: string
}

export interface ExportOptions {
  /** Folder of the PDFs: `<outDir>/<section>-<deck>.pdf`. */
  outDir: string
  /** The Chromium executable (`chromiumPath()`). */
  executablePath: string
  /** Whole export of one deck, after which its process tree is killed. */
  timeoutMs?: number
  /** Slidev's own limit for loading the print page (`--timeout`). */
  renderTimeoutMs?: number
  /** Each slide on its own page load (`--per-slide`) instead of one print of the whole deck. */
  perSlide?: boolean
  /** Extra wait before printing (`--wait`, per page load). */
  waitMs?: number
}

/** Pages of a PDF file. */
export async function pdfPages(file: string): Promise<number> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false, ignoreEncryption: true })
  return pdf.getPageCount()
}

export interface EntryExport {
  ok: boolean
  ms: number
  pages?: number
  bytes?: number
  error?: string
}

let exportCount = 0

/**
 * `slidev export` of one markdown entry into `pdf`. Slidev writes to a partial file renamed on
 * success, so a failed or killed export never leaves a half-written PDF in place of the last good
 * one. Each export's server takes the first free port from 12445 up (Vite moves on when one is
 * taken): parallel exports do not collide, and no `--port` is needed (`slidev export` has none).
 * What does collide is Vite's dependency cache, which every Slidev process of the kit shares:
 * each export gets its own, `viteCacheDir` (kept, so the next export of the deck reuses it).
 */
export async function exportEntry(entry: string, pdf: string, { executablePath, timeoutMs = 900_000, renderTimeoutMs = 180_000, perSlide = false, waitMs = 0 }: Omit<ExportOptions, 'outDir'>, viteCacheDir: string): Promise<EntryExport> {
  const partialDir = join(dirname(pdf), `.partial-${process.pid}-${++exportCount}`)
  const partial = join(partialDir, basename(pdf))
  mkdirSync(partialDir, { recursive: true })
  const run = await runSlidev([
    'export',
    entry,
    '--executable-path',
    executablePath,
    '--output',
    partial,
    '--timeout',
    String(renderTimeoutMs),
    ...(perSlide ? ['--per-slide'] : []),
    ...(waitMs ? ['--wait', String(waitMs)] : []),
  ], {
    timeoutMs,
    // Export serves the deck from Vite's dev server: under NODE_ENV=production (runSlidev's default,
    // right for builds) its page never renders and the export times out on a hidden <body>.
    // Its own Vite dependency cache (vite.config.ts): Slidev processes sharing one break each other.
    env: { NODE_ENV: 'development', KIT_VITE_CACHE_DIR: viteCacheDir },
  })
  try {
    if (!run.ok || !existsSync(partial))
      return { ok: false, ms: run.ms, error: logTail(run.log, 30) || 'slidev export wrote no PDF' }
    // A module that failed to compile leaves its slides empty, yet the export "succeeds".
    const served = run.log.split('\n').findIndex(line => /Internal server error|Pre-transform error/.test(line))
    if (served >= 0)
      return { ok: false, ms: run.ms, error: `Vite could not serve part of the deck, so the PDF would miss it:\n${run.log.split('\n').slice(served, served + 12).join('\n')}` }
    const pages = await pdfPages(partial)
    renameSync(partial, pdf)
    return { ok: true, ms: run.ms, pages, bytes: statSync(pdf).size }
  }
  catch (error) {
    return { ok: false, ms: run.ms, error: `the PDF does not load: ${error instanceof Error ? error.message : String(error)}` }
  }
  finally {
    rmSync(partialDir, { recursive: true, force: true })
  }
}

/** The pages a deck's handout has: one per visible slide (undefined when the deck does not parse). */
export function expectedPages(id: string): number | undefined {
  try {
    return readDeck(id).slides.length
  }
  catch {
    return undefined
  }
}

/**
 * Exports one deck into `<outDir>/<section>-<deck>.pdf` and checks it has one page per visible
 * slide; a short one-piece print is exported again slide by slide.
 */
export async function exportDeck(id: string, options: ExportOptions): Promise<DeckExport> {
  mkdirSync(options.outDir, { recursive: true })
  const pdf = join(options.outDir, pdfName(id))
  // Not the dev server's cache (.kit/vite/<deck>): a deck may be presented while it exports.
  const cache = join(kitRoot, '.kit/vite-export', id)
  const expected = expectedPages(id)
  const first = await exportEntry(deckPaths(id).slides, pdf, options, cache)
  if (!first.ok || expected === undefined || first.pages === expected || options.perSlide)
    return finish(id, pdf, first, expected)
  // Slide by slide, a diagram may still be drawing when the page loads: wait a little.
  const second = await exportEntry(deckPaths(id).slides, pdf, { ...options, perSlide: true, waitMs: options.waitMs ?? 2000 }, cache)
  const result = finish(id, pdf, { ...second, ms: first.ms + second.ms }, expected)
  if (!result.ok)
    rmSync(pdf, { force: true }) // the short one-piece PDF is no handout
  return { ...result, note: `printed in one piece it had ${first.pages} of ${expected} pages; exported again slide by slide` }
}

function finish(id: string, pdf: string, result: EntryExport, expected: number | undefined): DeckExport {
  if (result.ok && expected !== undefined && result.pages !== expected)
    return { id, ...result, ok: false, error: `the PDF has ${result.pages} pages, the deck ${expected} visible slides` }
  return { id, ...result, ...(result.ok ? { pdf } : {}) }
}

/** Exports `decks`, at most `parallel` at a time; every deck gets its result, failed or not. */
export async function exportDecks(decks: string[], options: ExportOptions & { parallel?: number, progress?: BuildProgress }): Promise<DeckExport[]> {
  return inParallel(decks, options.parallel ?? 2, async (id) => {
    options.progress?.started(id)
    const result = await exportDeck(id, options)
    options.progress?.finished(result)
    return result
  })
}
