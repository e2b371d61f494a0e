// Every slide of every deck, built as it ships and walked in headless Chromium:
// no console error, no request leaving localhost, every live block shows its recorded output,
// every mermaid diagram renders, nothing overflows the slide (down or right), no code line is cut.
//
// The decks are built into one site exactly as `npm run build` does (shared assets, hash routing).
//
//   KIT_DECKS=core-concepts/decorators npx vitest run --project e2e   # some decks (ids or fuzzy names)
//   KIT_SCREENSHOTS=1 …                                               # also save .kit/e2e/shots/<deck>/<n>.png
import type { Browser, Page } from 'playwright-core'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { deckPaths, kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { readDeck } from '../../scripts/lib/deck-slides.ts'
import { selectWrittenDecks } from '../../scripts/lib/find-deck.ts'
import { writeHub } from '../../scripts/lib/hub.ts'
import { buildSite } from '../../scripts/lib/site.ts'
import { snippetImports } from '../../scripts/lib/snippet-imports.ts'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts'
import { watchPage } from './page-rules.ts'

const course = loadCourse()
const decks = selectWrittenDecks(course, [process.env.KIT_DECKS ?? ''])
const screenshots = process.env.KIT_SCREENSHOTS === '1'
const shotsDir = join(kitRoot, '.kit/e2e/shots')
let siteDir: string

let browser: Browser
let site: StaticServer
const buildErrors = new Map<string, string>()

beforeAll(async () => {
  // A folder per run: several runs at once must not build into each other.
  mkdirSync(join(kitRoot, '.kit/e2e'), { recursive: true })
  siteDir = mkdtempSync(join(kitRoot, '.kit/e2e/site-'))
  for (const result of await buildSite({ site: siteDir, decks: decks.map(deck => deck.id) })) {
    if (!result.ok)
      buildErrors.set(result.id, result.error ?? 'failed')
  }
  writeHub(course, siteDir)
  site = await serveStatic(siteDir)
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (siteDir)
    rmSync(siteDir, { recursive: true, force: true })
})

describe.each(decks.map(deck => ({ id: deck.id, deck: readDeck(deck.id) })))('$id', ({ id, deck }) => {
  let page: Page
  let takeProblems: () => string[]

  beforeAll(async () => {
    if (buildErrors.has(id))
      throw new Error(`slidev build of ${id} failed:\n${buildErrors.get(id)}`)
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    takeProblems = watchPage(page, site.url)
    if (screenshots)
      mkdirSync(join(shotsDir, id), { recursive: true })
  })

  afterAll(async () => {
    await page?.close()
  })

  it.each(deck.slides)('slide $no: $title', async ({ no, content }) => {
    // The first slide opens the deck by its deep link; later ones are reached the way a
    // presenter moves, through the router, which keeps a 30-slide deck to seconds.
    if (!page.url().startsWith(`${site.url}/${id}/`))
      await page.goto(`${site.url}/${id}/index.html#/${no}`, { waitUntil: 'networkidle' })
    else
      await page.evaluate(target => void (location.hash = `#/${target}`), no)
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.waitFor({ state: 'visible' })
    await page.waitForTimeout(400) // the slide transition

    // Live blocks ship as code plus their recorded output (setup/preparser.ts): one output each.
    const liveBlocks = snippetImports(content, deckPaths(id).slides).filter(block => block.run).length
    const outputs = slide.locator('.kit-recorded')
    await expect.poll(() => outputs.count(), { message: 'every live block shows its recorded output', timeout: 20_000 })
      .toBe(liveBlocks)
    for (const text of await outputs.locator('.kit-recorded-lines').allInnerTexts())
      expect(text.trim(), 'a live block printed nothing').not.toBe('')
    expect(await slide.locator('.kit-recorded .text-red-500').allInnerTexts(), 'a live block has no recording').toEqual([])

    // Mermaid draws a syntax error as a diagram too: that is not a rendered diagram.
    expect(await slide.locator('.mermaid').allInnerTexts(), 'a mermaid diagram has a syntax error')
      .not.toContainEqual(expect.stringMatching(/Syntax error in (text|graph)/i))
    const diagrams = slide.locator('.mermaid')
    await expect.poll(() => slide.locator('.mermaid svg').count(), { message: 'every mermaid diagram renders', timeout: 20_000 })
      .toBe(await diagrams.count())

    const layout = slide.locator('.slidev-layout').first()
    const overflow = await layout.evaluate(el => ({ down: el.scrollHeight - el.clientHeight, right: el.scrollWidth - el.clientWidth }))
    expect(overflow.down, 'slide content is taller than the slide').toBeLessThanOrEqual(4)
    expect(overflow.right, 'slide content is wider than the slide').toBeLessThanOrEqual(4)
    // A code line wider than its block scrolls or is cut: the back row never sees its end.
    const cutCode = await slide.locator('pre').evaluateAll(blocks => blocks
      .filter(pre => !pre.closest('.kit-recorded') && pre.scrollWidth - pre.clientWidth > 4)
      .map(pre => pre.textContent?.split('\n').reduce((a, b) => (b.length > a.length ? b : a), '')))
    expect(cutCode, 'a code line is wider than its block').toEqual([])

    if (screenshots)
      await page.screenshot({ path: join(shotsDir, id, `${no}.png`) })
    expect(takeProblems()).toEqual([])
  })
})
