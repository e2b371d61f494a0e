// PDF handouts: `slidev export` of each deck in its own process, a few at a time.
//
// A handout shows every visible slide once, in its final state: all `v-click` reveals shown,
// code highlights on their last step (Slidev's print mode without `--with-clicks`). The decks'
// steps are additive (lists that grow, highlights that move, step components whose last step
// shows the whole picture), so the final state carries the slide's meaning; one page per slide
// keeps the handout as long as the deck. A slide whose steps matter on paper is split into slides.
//
// In an export, live blocks run by themselves (setup/preparser.ts) and Node blocks print their
// recorded output with a *recorded* badge (setup/code-runners.ts): the PDF shows every output.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { deckPaths, kitRoot } from './course.ts'
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
export async function exportEntry(entry: string, pdf: string, { executablePath, timeoutMs = 900_000, renderTimeoutMs = 180_000 }: Omit<ExportOptions, 'outDir'>, viteCacheDir: string): Promise<EntryExport> {
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

/** Exports one deck into `<outDir>/<section>-<deck>.pdf`. */
export async function exportDeck(id: string, options: ExportOptions): Promise<DeckExport> {
  mkdirSync(options.outDir, { recursive: true })
  const pdf = join(options.outDir, pdfName(id))
  const result = await exportEntry(deckPaths(id).slides, pdf, options, join(kitRoot, '.kit/vite', id))
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
