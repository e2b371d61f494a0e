// `npm run bench [-- --runs=N] [--no-site]`: what the kit costs on top of plain Slidev.
//
// Builds and exports, N times each (default 2), one at a time and alternating:
//   kit     the course's reference deck, as `npm run build` / `npm run export` make it;
//   bare    a generated Slidev deck with the same slides, words, code, diagrams and notes: default
//           theme, no kit addon, plain code fences (.kit/bench/bare/, inside the kit so it
//           resolves the same node_modules).
// Prints the medians and the kit/bare ratios next to the targets (≤ 1.2× for build and export
// time), then the whole site against one deck (target ≤ 3×): dist/ when `npm run build` built every
// written deck there, else all of them built into .kit/bench/site. It reports; it always exits 0.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { chromiumPath } from './lib/chromium.ts'
import { deckPaths, kitRoot, loadCourse, writtenDecks } from './lib/course.ts'
import { readDeck } from './lib/deck-slides.ts'
import { exportEntry } from './lib/export.ts'
import { searchIndex, writeHub } from './lib/hub.ts'
import { progressBoard } from './lib/progress.ts'
import { findRegion } from './lib/regions.ts'
import { buildSite, folderBytes } from './lib/site.ts'
import { buildDeck, logTail, runSlidev, type SlidevRun } from './lib/slidev.ts'
import { snippetImports } from './lib/snippet-imports.ts'

const args = process.argv.slice(2)
const option = (name: string) => args.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1]
const runs = Math.max(1, Number(option('runs')) || 2)
const withSite = !args.includes('--no-site')
const started = performance.now()

const course = loadCourse()
const reference = course.reference
const deck = readDeck(reference)
const benchDir = join(kitRoot, '.kit/bench')

const VARIANTS = ['kit', 'bare'] as const
type Variant = typeof VARIANTS[number]
const entryOf = (variant: Variant) => (variant === 'kit' ? deckPaths(reference).slides : join(benchDir, 'bare', 'slides.md'))
const outOf = (variant: Variant) => join(benchDir, 'out', variant)

/** Slide text as safe plain markdown: no Vue interpolation, no math, no HTML; short lines. */
const plain = (text: string) => text.replace(/[{}$<>]/g, ' ').replace(/(.{1,90})(\s|$)/g, '$1\n').trim()

/** The code blocks a kit slide shows, as the audience sees them, and whether each is a live block. */
function slideBlocks(content: string): string[] {
  return snippetImports(content, deckPaths(reference).slides).flatMap((block) => {
    if (!existsSync(block.file))
      return []
    const source = readFileSync(block.file, 'utf8')
    const code = block.region ? findRegion(source, block.region)?.lines.join('\n') ?? '' : source
    return code.trim() ? [code] : []
  })
}

/** The slide's mermaid diagrams, as written: plain Slidev draws them too. */
const diagrams = (content: string) => content.match(/^```mermaid[^\n]*\n[\s\S]*?^```$/gm) ?? []

/** The reference deck's slides as bare Slidev: same titles, words, code, diagrams and notes; no kit. */
function writeBareDeck(): void {
  const entry = entryOf('bare')
  const dir = join(entry, '..')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const texts = searchIndex([deck])
  const slides = deck.slides.map((slide, i) => {
    const code = slideBlocks(slide.content).map((code) => {
      const fence = code.includes('```') ? '~~~' : '```'
      return `\n\n${fence}ts\n${code}\n${fence}`
    }).join('')
    const drawn = diagrams(slide.content).map(diagram => `\n\n${diagram}`).join('')
    return `# ${plain(texts[i]?.title ?? slide.title)}\n\n${plain(texts[i]?.text ?? '')}${code}${drawn}\n\n<!--\n${slide.note.replace(/-->/g, '')}\n-->\n`
  })
  // Slidev's defaults, but no web fonts, so nothing waits on the network offline.
  const headmatter = `---\ntheme: default\ntitle: Bare Slidev bench deck\nfonts:\n  provider: none\n---\n\n`
  writeFileSync(entry, headmatter + slides.join('\n---\n\n'))
  // Its own Vite dependency cache, like every kit export (see the kit's vite.config.ts).
  writeFileSync(join(dir, 'vite.config.ts'), 'export default { cacheDir: process.env.KIT_VITE_CACHE_DIR || undefined }\n')
}

interface Measure { ms: number, bytes: number }
const builds: Record<Variant, Measure[]> = { kit: [], bare: [] }
const exports: Record<Variant, Measure[]> = { kit: [], bare: [] }
const failures: string[] = []

async function measureBuild(variant: Variant, run: number): Promise<string> {
  rmSync(outOf(variant), { recursive: true, force: true })
  // The kit deck exactly as `npm run build` builds each deck; the bare ones with the same flags.
  const result: SlidevRun = variant === 'kit'
    ? await buildDeck(reference, outOf(variant), './')
    : await runSlidev(['build', entryOf(variant), '--out', outOf(variant), '--base', './'], { timeoutMs: 300_000 })
  if (!result.ok || !existsSync(join(outOf(variant), 'index.html'))) {
    failures.push(`build of the ${variant} deck (run ${run}) failed:\n${logTail(result.log)}`)
    return 'failed'
  }
  builds[variant].push({ ms: result.ms, bytes: folderBytes(outOf(variant)) })
  return seconds(result.ms)
}

async function measureExport(variant: Variant, run: number, executablePath: string): Promise<string> {
  const pdf = join(benchDir, 'pdf', `${variant}.pdf`)
  mkdirSync(join(benchDir, 'pdf'), { recursive: true })
  rmSync(pdf, { force: true })
  const result = await exportEntry(entryOf(variant), pdf, { executablePath }, join(benchDir, 'vite', variant))
  if (!result.ok) {
    failures.push(`export of the ${variant} deck (run ${run}) failed:\n${result.error}`)
    return 'failed'
  }
  if (result.pages !== deck.slides.length)
    failures.push(`export of the ${variant} deck (run ${run}) has ${result.pages} pages for ${deck.slides.length} slides`)
  exports[variant].push({ ms: result.ms, bytes: result.bytes ?? 0 })
  return seconds(result.ms)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

writeBareDeck()
// Every deck starts from a cold Vite dependency cache: run 1 is cold for all, later runs warm.
rmSync(join(benchDir, 'vite'), { recursive: true, force: true })
let executablePath: string | undefined
try {
  executablePath = chromiumPath()
}
catch (error) {
  console.error(`${(error as Error).message} Exports are skipped.`)
}

console.log(`Bench: ${reference} (${deck.slides.length} slides) against bare Slidev decks of the same slides, words and code (${relative(kitRoot, benchDir)}/), ${runs} run${runs > 1 ? 's' : ''} each, one at a time.`)
for (let run = 1; run <= runs; run++) {
  for (const variant of VARIANTS) {
    process.stdout.write(`  run ${run}/${runs}: build ${variant.padEnd(6)} … `)
    console.log(await measureBuild(variant, run))
  }
  if (!executablePath)
    continue
  for (const variant of VARIANTS) {
    process.stdout.write(`  run ${run}/${runs}: export ${variant.padEnd(6)} … `)
    console.log(await measureExport(variant, run, executablePath))
  }
}

// The whole site: dist/ if `npm run build` built every written deck there, else a full build here.
async function siteSize(): Promise<{ label: string, bytes: number } | undefined> {
  const written = writtenDecks(course).map(d => d.id)
  const dist = join(kitRoot, 'dist')
  if (written.every(id => existsSync(join(dist, id, 'index.html'))))
    return { label: `dist/, ${written.length} decks, PDFs not counted`, bytes: folderBytes(dist) - folderBytes(join(dist, 'pdf')) }
  const site = join(benchDir, 'site')
  console.log(`\ndist/ does not hold every written deck: building all ${written.length} into ${relative(kitRoot, site)}/ as \`npm run build\` does …`)
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site, { recursive: true })
  const board = progressBoard('Building', written.length)
  const results = await buildSite({ site, decks: written, parallel: 2, progress: board })
  board.done()
  writeHub(course, site)
  for (const result of results.filter(r => !r.ok))
    failures.push(`site build of ${result.id} failed:\n${result.error}`)
  return { label: `${results.filter(r => r.ok).length} of ${written.length} decks`, bytes: folderBytes(site) }
}
const siteStarted = performance.now()
const site = withSite ? await siteSize() : undefined
const siteMs = performance.now() - siteStarted

// The report: medians and kit against bare, next to the targets.
const rows: string[][] = [['', 'kit', 'bare', 'kit/bare', 'target', '']]
const medianOf = (measures: Measure[], key: keyof Measure) => (measures.length ? median(measures.map(m => m[key])) : undefined)
const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : 'n/a')
function row(label: string, measures: Record<Variant, Measure[]>, key: keyof Measure, show: (n: number) => string, target?: number): void {
  const [kit, bare] = VARIANTS.map(v => medianOf(measures[v], key))
  const verdict = target && kit !== undefined && bare ? (kit / bare <= target ? 'ok' : 'over target') : ''
  rows.push([label, kit === undefined ? 'n/a' : show(kit), bare === undefined ? 'n/a' : show(bare), ratio(kit, bare), target ? `≤ ${target}×` : '—', verdict])
}
row('build time', builds, 'ms', seconds, 1.2)
row('export time', exports, 'ms', seconds, 1.2)
row('build output size', builds, 'bytes', mb)
row('PDF size', exports, 'bytes', mb)
const widths = rows[0]!.map((_, col) => Math.max(...rows.map(r => r[col]!.length)))
const line = (r: string[]) => `  ${r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('   ')}`
console.log(`\nMedians of ${runs} run${runs > 1 ? 's' : ''} (run 1 starts from a cold Vite cache for every deck):\n`)
console.log(line(rows[0]!))
console.log(`  ${widths.map(w => '─'.repeat(w)).join('   ')}`)
for (const r of rows.slice(1))
  console.log(line(r))

const oneDeck = medianOf(builds.kit, 'bytes')
if (site && oneDeck) {
  const times = site.bytes / oneDeck
  console.log(`\n  whole site (${site.label}): ${mb(site.bytes)} = ${times.toFixed(2)}× one deck (${mb(oneDeck)}); target ≤ 3×: ${times <= 3 ? 'ok' : 'over target'}${siteMs > 5000 ? ` (site built in ${seconds(siteMs)})` : ''}`)
}
const each = (variant: Variant) => `${variant}: build ${builds[variant].map(m => seconds(m.ms)).join(', ') || 'n/a'}; export ${exports[variant].map(m => seconds(m.ms)).join(', ') || 'n/a'}`
console.log(`\nEach run — ${VARIANTS.map(each).join(' · ')}`)
for (const failure of failures)
  console.error(`\n✗ ${failure}`)
console.log(`\nBench took ${seconds(performance.now() - started)}.`)
