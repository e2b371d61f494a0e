// `npm run build [-- <deck…>]`: build every deck (or the named ones) into dist/ and write the
// course hub. One failing deck fails the command, named with its error; the others still build.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { kitRoot, loadCourse } from './lib/course.ts'
import { selectWrittenDecksOrExit } from './lib/find-deck.ts'
import { writeHub } from './lib/hub.ts'
import { progressBoard } from './lib/progress.ts'
import { buildSite, folderBytes } from './lib/site.ts'

const course = loadCourse()
const site = join(kitRoot, 'dist')
const queries = process.argv.slice(2).filter(arg => !arg.startsWith('-'))
const decks = selectWrittenDecksOrExit(course, queries)

if (!queries.length && existsSync(site)) {
  // A full build starts clean, but keeps the exported PDFs.
  for (const entry of readdirSync(site).filter(name => name !== 'pdf'))
    rmSync(join(site, entry), { recursive: true, force: true })
}
mkdirSync(site, { recursive: true })

const parallel = Math.max(1, Number(process.env.KIT_PARALLEL) || availableParallelism())
const board = progressBoard('Building', decks.length)
const results = await buildSite({ site, decks, parallel, progress: board })
board.done()
writeHub(course, site)

const failed = results.filter(result => !result.ok)
for (const result of failed)
  console.error(`\n✗ ${result.id} failed:\n${result.error}`)
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
console.log(`\n${results.length - failed.length}/${results.length} decks built into dist/ (${mb(folderBytes(site))}, assets shared: ${mb(folderBytes(join(site, 'assets')))}); hub: dist/index.html`)
if (failed.length) {
  console.error(`Failed: ${failed.map(result => result.id).join(', ')}`)
  process.exit(1)
}
