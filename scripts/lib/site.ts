// The course site: every deck built by its own Slidev process (Slidev caches its roots per
// process), a few at a time, then merged into one folder whose `assets/` holds every file once.
//
//   dist/index.html              the course hub (scripts/lib/hub.ts)
//   dist/<section>/<deck>/       a deck's page (hash routing: any static server, no rewrites) and
//                                assets.txt.gz, the shared assets it uses
//   dist/assets/                 the assets of all decks; identical files are stored once, and a
//                                file no deck uses any more (a rebuilt deck's old chunks) is removed
//   dist/pdf/<section>-<deck>.pdf  from `npm run export`
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { relinkChunks } from './relink.ts'
import { buildDeck, logTail } from './slidev.ts'

export interface DeckBuild {
  id: string
  ok: boolean
  ms: number
  /** The end of Slidev's log when the build failed. */
  error?: string
}

export interface BuildProgress {
  started: (id: string) => void
  finished: (result: DeckBuild) => void
}

/** Runs `task` over `items`, at most `limit` at a time, in order of start. */
export async function inParallel<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/**
 * Moves a deck's staged build into the site: its assets into the shared folder (chunks relinked to
 * stable names, scripts/lib/relink.ts), its pages beside them with the import map that resolves
 * those names for this deck.
 */
export function mergeDeck(site: string, staged: string, id: string): void {
  const stagedAssets = join(staged, 'assets')
  const sharedAssets = join(site, 'assets')
  const files = filesUnder(stagedAssets).map(file => relative(stagedAssets, file).split(sep).join('/'))
  const { chunks, renamed, importMap } = relinkChunks(files, file => readFileSync(join(stagedAssets, file), 'utf8'))
  const store = (name: string, write: (target: string) => void) => {
    const target = join(sharedAssets, name)
    // Stored names carry a hash of their content: an existing file of the same name is the same file.
    if (existsSync(target))
      return
    mkdirSync(dirname(target), { recursive: true })
    write(target)
  }
  for (const [name, text] of chunks)
    store(name, target => writeFileSync(target, text))
  for (const file of files.filter(file => !renamed.has(file)))
    store(file, target => renameSync(join(stagedAssets, file), target))

  const deckDir = join(site, id)
  rmSync(deckDir, { recursive: true, force: true })
  mkdirSync(deckDir, { recursive: true })
  const assetsUrl = `${id.split('/').map(() => '..').join('/')}/assets/`
  // Slidev's 404.html (a copy of the page) is for history routing; decks route by hash.
  writeFileSync(join(deckDir, 'index.html'), sitePage(readFileSync(join(staged, 'index.html'), 'utf8'), assetsUrl, renamed, importMap))
  writeAssetList(deckDir, files.map(file => renamed.get(file) ?? file))
}

/** A deck's page with its links into the shared assets, and its chunks' import map. */
function sitePage(html: string, assetsUrl: string, renamed: Map<string, string>, importMap: Record<string, string>): string {
  const page = html.replaceAll(/(["'])\.\/assets\/([^"']+)\1/g, (_, quote: string, file: string) => `${quote}${assetsUrl}${renamed.get(file) ?? file}${quote}`)
  const imports = Object.fromEntries(Object.entries(importMap).map(([name, stored]) => [`${assetsUrl}${name}`, `${assetsUrl}${stored}`]))
  // One import map per page: the kit's own (setup/shared-vendor.ts) gets the chunks' entries too.
  const existing = /<script type="importmap">(.*?)<\/script>/s.exec(page)
  if (existing) {
    const map = JSON.parse(existing[1]!) as { imports?: Record<string, string> }
    const merged = JSON.stringify({ ...map, imports: { ...map.imports, ...imports } })
    return page.replace(existing[0], () => `<script type="importmap">${merged}</script>`)
  }
  return page.replace(/<head>/i, head => `${head}\n<script type="importmap">${JSON.stringify({ imports })}</script>`)
}

/** Beside each deck page, the shared assets it uses (gzipped: a site of many decks lists thousands). */
const ASSET_LIST = 'assets.txt.gz'
const writeAssetList = (deckDir: string, files: string[]) => writeFileSync(join(deckDir, ASSET_LIST), gzipSync(`${files.sort().join('\n')}\n`))
export const readAssetList = (deckDir: string): string[] => gunzipSync(readFileSync(join(deckDir, ASSET_LIST))).toString('utf8').split('\n').filter(Boolean)

/**
 * Removes the shared assets no deck of the site lists any more, e.g. the old chunks of a deck
 * built again. Only when every deck page of the site has its list: otherwise it cannot tell.
 */
export function pruneAssets(site: string): number {
  const pages = existsSync(site) ? filesUnder(site).filter(file => file.endsWith(`${sep}index.html`) && relative(site, file).split(sep).length === 3) : []
  const lists = pages.map(page => join(dirname(page), ASSET_LIST))
  if (!lists.length || !lists.every(existsSync))
    return 0
  const used = new Set(pages.flatMap(page => readAssetList(dirname(page))))
  const sharedAssets = join(site, 'assets')
  let removed = 0
  for (const file of existsSync(sharedAssets) ? filesUnder(sharedAssets) : []) {
    if (!used.has(relative(sharedAssets, file).split(sep).join('/'))) {
      rmSync(file)
      removed++
    }
  }
  for (const dir of readdirSync(sharedAssets, { recursive: true, withFileTypes: true }).filter(e => e.isDirectory()).map(e => join(e.parentPath, e.name)).sort().reverse()) {
    if (!readdirSync(dir).length)
      rmdirSync(dir)
  }
  return removed
}

export interface SiteOptions {
  site: string
  decks: string[]
  parallel?: number
  timeoutMs?: number
  progress?: BuildProgress
}

export async function buildSite({ site, decks, parallel = availableParallelism(), timeoutMs = 600_000, progress }: SiteOptions): Promise<DeckBuild[]> {
  const staging = join(site, '.staging')
  mkdirSync(staging, { recursive: true })
  try {
    return await inParallel(decks, parallel, async (id) => {
      progress?.started(id)
      const staged = join(staging, id)
      rmSync(staged, { recursive: true, force: true })
      // KIT_SITE_BUILD: every deck gets the site's one stylesheet (setup/unocss.ts).
      const run = await buildDeck(id, staged, './', timeoutMs, { KIT_SITE_BUILD: '1' })
      const result: DeckBuild = run.ok && existsSync(join(staged, 'index.html'))
        ? { id, ok: true, ms: run.ms }
        : { id, ok: false, ms: run.ms, error: logTail(run.log, 30) }
      if (result.ok)
        mergeDeck(site, staged, id)
      rmSync(staged, { recursive: true, force: true })
      progress?.finished(result)
      return result
    })
  }
  finally {
    rmSync(staging, { recursive: true, force: true })
    pruneAssets(site)
  }
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  return existsSync(dir) ? filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0
}
