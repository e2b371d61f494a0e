// Every slide of every deck, built as it ships and walked in headless Chromium:
// no console error, no request leaving localhost, every live block shows its output,
// every mermaid diagram renders, nothing overflows the slide.
//
//   KIT_DECKS=core-concepts/decorators npx vitest run --project e2e   # one deck (ids or fuzzy names)
//   KIT_SCREENSHOTS=1 …                                               # also save .kit/e2e/<deck>/<n>.png
import type { Browser, Page } from 'playwright-core'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { kitRoot, loadCourse, writtenDecks } from '../../scripts/lib/course.ts'
import { readDeck } from '../../scripts/lib/deck-slides.ts'
import { findDecks } from '../../scripts/lib/find-deck.ts'
import { buildDeck, logTail } from '../../scripts/lib/slidev.ts'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts'
import { isKnownUpstreamNoise, isLocalUrl } from './page-rules.ts'

const course = loadCourse()
const decks = process.env.KIT_DECKS
  ? findDecks(course, [process.env.KIT_DECKS], writtenDecks(course))
  : writtenDecks(course)
const screenshots = process.env.KIT_SCREENSHOTS === '1'
const workDir = join(kitRoot, '.kit/e2e')

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
})

/** Problems seen on a page since the last call: console errors, page errors, outside requests. */
function watchPage(page: Page, origin: string) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !isKnownUpstreamNoise(message.text()))
      problems.push(`console error: ${message.text().split('\n')[0]}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  void page.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLocalUrl(url, origin))
      return route.continue()
    problems.push(`request left localhost: ${url}`)
    return route.abort('blockedbyclient')
  })
  return () => problems.splice(0)
}

describe.each(decks.map(deck => ({ id: deck.id, deck: readDeck(deck.id) })))('$id', ({ id, deck }) => {
  const outDir = join(workDir, id, 'dist')
  let site: StaticServer
  let page: Page
  let takeProblems: () => string[]

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true })
    const build = await buildDeck(id, outDir)
    if (!build.ok)
      throw new Error(`slidev build of ${id} failed:\n${logTail(build.log)}`)
    site = await serveStatic(outDir)
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    takeProblems = watchPage(page, site.url)
    if (screenshots)
      mkdirSync(join(workDir, id), { recursive: true })
  })

  afterAll(async () => {
    await page?.close()
    await site?.close()
  })

  it.each(deck.slides)('slide $no: $title', async ({ no }) => {
    await page.goto(`${site.url}/${no}`, { waitUntil: 'networkidle' })
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.waitFor({ state: 'visible' })

    // Live blocks: run the ones that do not run by themselves, then wait for their output.
    const runButtons = slide.locator('button[title="Run code"]')
    for (let i = 0; i < await runButtons.count(); i++) {
      const output = slide.locator('.slidev-runner-output').nth(i)
      if (!await output.isVisible())
        await runButtons.nth(i).click()
    }
    const outputs = slide.locator('.slidev-runner-output')
    await expect.poll(() => outputs.count(), { message: 'every live block shows output', timeout: 20_000 })
      .toBe(await runButtons.count())
    for (const text of await outputs.allInnerTexts())
      expect(text.trim(), 'a live block printed nothing').not.toBe('')
    const failures = await slide.locator('.slidev-runner-output .text-red-500').allInnerTexts()
    expect(failures, 'live blocks must not fail').toEqual([])

    const diagrams = slide.locator('.mermaid')
    await expect.poll(() => slide.locator('.mermaid svg').count(), { message: 'every mermaid diagram renders', timeout: 20_000 })
      .toBe(await diagrams.count())

    const overflow = await slide.locator('.slidev-layout').first().evaluate(el => el.scrollHeight - el.clientHeight)
    expect(overflow, 'slide content is taller than the slide').toBeLessThanOrEqual(4)

    if (screenshots)
      await page.screenshot({ path: join(workDir, id, `${no}.png`) })
    expect(takeProblems()).toEqual([])
  })
})
