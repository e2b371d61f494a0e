// `npm run export [-- <deck…>] [--parallel=N] [--timeout=S]`: a PDF handout of every written deck
// (or the named ones: ids or fuzzy names, as `npm run dev` takes them) into dist/pdf/. One page per
// visible slide in its final state, checked (scripts/lib/export.ts says why and how). A failing
// deck fails the command, named with its error; the others still export. Refreshes the hub's PDF
// links when dist/ holds a built site.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { chromiumPath } from './lib/chromium.ts'
import { kitRoot, loadCourse } from './lib/course.ts'
import { exportDecks, pdfName } from './lib/export.ts'
import { selectWrittenDecksOrExit } from './lib/find-deck.ts'
import { writeHub } from './lib/hub.ts'
import { progressBoard } from './lib/progress.ts'

const course = loadCourse()
const site = join(kitRoot, 'dist')
const outDir = join(site, 'pdf')
const args = process.argv.slice(2)
const option = (name: string) => args.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1]
const queries = args.filter(arg => !arg.startsWith('-'))

const decks = selectWrittenDecksOrExit(course, queries)
let executablePath: string
try {
  executablePath = chromiumPath()
}
catch (error) {
  console.error((error as Error).message) // one line naming the install command, no stack trace
  process.exit(1)
}

// Each export runs a Vite server and a Chromium: two at a time is what a laptop (or CI box) takes.
const parallel = Math.max(1, Number(option('parallel') ?? process.env.KIT_PARALLEL) || Math.min(2, availableParallelism()))
const timeoutMs = (Number(option('timeout')) || 900) * 1000
console.log(`Exporting ${decks.length} deck${decks.length === 1 ? '' : 's'} to dist/pdf/ (${parallel} at a time, ${timeoutMs / 1000} s per deck at most, Chromium: ${executablePath})`)
const board = progressBoard('Exporting', decks.length)
const results = await exportDecks(decks, { outDir, executablePath, timeoutMs, parallel, progress: board })
board.done()

let hubNote = ''
if (existsSync(join(site, 'index.html'))) {
  try {
    writeHub(course, site)
    hubNote = '; hub links updated (dist/index.html)'
  }
  catch (error) {
    console.error(`The hub (dist/index.html) was not refreshed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const failed = results.filter(result => !result.ok)
const size = (bytes = 0) => bytes < 1e6 ? `${Math.round(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`
console.log('')
for (const result of results) {
  if (!result.ok)
    continue
  console.log(`  ${result.id.padEnd(42)} ${String(result.pages).padStart(3)} pages  ${size(result.bytes).padStart(8)}  ${(result.ms / 1000).toFixed(0).padStart(4)} s  dist/pdf/${pdfName(result.id)}${result.note ? `  (${result.note})` : ''}`)
}
for (const result of failed)
  console.error(`\n✗ ${result.id} failed:\n${result.error}`)
console.log(`\n${results.length - failed.length}/${results.length} decks exported into dist/pdf/${hubNote}`)
if (failed.length) {
  console.error(`Failed: ${failed.map(result => result.id).join(', ')}`)
  process.exit(1)
}
