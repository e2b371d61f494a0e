// The course hub (dist/index.html) of a site built as `npm run build` builds it, in Chromium:
// its search finds a slide by a word of its body and opens the deck on that slide; every deck
// link opens its deck with no console error and no request leaving localhost; the search also
// works when the hub is opened from disk (file://).
//
// Two decks are built (the first two of KIT_DECKS, else of the written decks), into a folder of
// this run (.kit/e2e/hub-site-*, removed afterwards): runs at the same time do not share a site.
//
//   KIT_DECKS=decorators,validation npx vitest run --project e2e tests/e2e/hub.test.ts
import type { Browser, Page } from 'playwright-core'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { selectWrittenDecks } from '../../scripts/lib/find-deck.ts'
import { readSearchIndex, type SearchEntry, writeHub } from '../../scripts/lib/hub.ts'
import { buildSite } from '../../scripts/lib/site.ts'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts'
import { watchPage } from './page-rules.ts'

const course = loadCourse()
const selected = selectWrittenDecks(course, [process.env.KIT_DECKS ?? ''])
const decks = selected.slice(0, 2).map(deck => deck.id)

let siteDir: string
let browser: Browser
let site: StaticServer
let index: SearchEntry[]

/**
 * A word the hub's search finds on exactly one slide, of a built deck: ≥ 6 letters, in that slide's
 * text, and in no other slide's title, text or code (the search looks in all three).
 */
function uniqueWord(): { word: string, entry: SearchEntry } {
  const haystacks = index.map(e => `${e.title} ${e.deckTitle} ${e.text} ${e.code}`.toLowerCase())
  // Prefer a slide past the first, so "opens on that slide" is not what any deck link does anyway.
  const candidates = index.filter(e => decks.includes(e.deck)).sort((a, b) => Number(a.slide === 1) - Number(b.slide === 1))
  for (const entry of candidates) {
    for (const word of new Set(entry.text.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])) {
      if (haystacks.filter(h => h.includes(word)).length === 1)
        return { word, entry }
    }
  }
  throw new Error(`no word of ≥ 6 letters appears on exactly one slide of ${decks.join(', ')}`)
}

beforeAll(async () => {
  expect(decks.length, 'at least one written deck').toBeGreaterThan(0)
  mkdirSync(join(kitRoot, '.kit/e2e'), { recursive: true })
  siteDir = mkdtempSync(join(kitRoot, '.kit/e2e/hub-site-'))
  const failed = (await buildSite({ site: siteDir, decks })).filter(result => !result.ok)
  if (failed.length)
    throw new Error(failed.map(result => `slidev build of ${result.id} failed:\n${result.error}`).join('\n\n'))
  writeHub(course, siteDir)
  index = readSearchIndex(siteDir)
  site = await serveStatic(siteDir)
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (siteDir)
    rmSync(siteDir, { recursive: true, force: true })
})

describe(`the course hub of ${decks.join(' and ')}`, () => {
  let page: Page
  let takeProblems: () => string[]

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    takeProblems = watchPage(page, site.url)
  })

  afterAll(async () => {
    await page?.close()
  })

  it('finds a slide by a word of its body and opens the deck on that slide', async () => {
    const { word, entry } = uniqueWord()
    await page.goto(`${site.url}/index.html`, { waitUntil: 'networkidle' })
    await page.locator('#search').fill(word)
    const results = page.locator('#results li')
    await expect.poll(() => results.count(), { message: `results for "${word}"` }).toBe(1)
    const link = results.first().locator('a')
    expect(await link.getAttribute('href')).toBe(`${entry.deck}/index.html#/${entry.slide}`)
    expect(takeProblems(), 'the hub page').toEqual([])

    await link.click()
    await page.locator(`.slidev-page-${entry.slide}`).waitFor({ state: 'visible', timeout: 60_000 })
    expect(page.url()).toBe(`${site.url}/${entry.deck}/index.html#/${entry.slide}`)
    await page.waitForLoadState('networkidle')
    expect(takeProblems(), `${entry.deck} slide ${entry.slide}`).toEqual([])
  })

  it('links every built deck, and each link opens its deck without a console error or an outside request', async () => {
    await page.goto(`${site.url}/index.html`, { waitUntil: 'networkidle' })
    const hrefs = await page.locator('a.deck-title').evaluateAll(links => links.map(a => a.getAttribute('href') ?? '#').filter(href => href !== '#'))
    expect(hrefs.sort()).toEqual(decks.map(id => `${id}/index.html`).sort())
    takeProblems()
    for (const href of hrefs) {
      const deckPage = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const problems = watchPage(deckPage, site.url)
      try {
        await deckPage.goto(`${site.url}/${href}`, { waitUntil: 'networkidle' })
        await deckPage.locator('.slidev-page-1').waitFor({ state: 'visible', timeout: 60_000 })
        await deckPage.waitForLoadState('networkidle')
        expect(problems(), href).toEqual([])
      }
      finally {
        await deckPage.close()
      }
    }
  })

  it('searches when opened from disk (file://)', async () => {
    const { word, entry } = uniqueWord()
    const filePage = await browser.newPage()
    const problems = watchPage(filePage, 'file://')
    try {
      const hub = pathToFileURL(join(siteDir, 'index.html')).href
      await filePage.goto(hub)
      await filePage.locator('#search').fill(word)
      const results = filePage.locator('#results li')
      await expect.poll(() => results.count(), { message: `results for "${word}"` }).toBe(1)
      expect(await results.first().locator('a').evaluate(a => (a as HTMLAnchorElement).href))
        .toBe(new URL(`${entry.deck}/index.html#/${entry.slide}`, hub).href)
      expect(problems(), 'the hub from disk').toEqual([])
    }
    finally {
      await filePage.close()
    }
  })
})
