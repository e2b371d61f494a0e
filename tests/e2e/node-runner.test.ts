// Live blocks on stage, in `npm run dev`: a Node-only block runs on the kit's Node runner and
// streams into the slide, and shows its recording with a badge when the runner is unreachable; a
// browser block runs in the page and prints what its recording says. (Built sites and PDFs show
// recordings only: tests/e2e/decks.test.ts.)
import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts'
import { kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { selectWrittenDecks } from '../../scripts/lib/find-deck.ts'
import { readDeck } from '../../scripts/lib/deck-slides.ts'
import { normalizeOutput, readRecording, runBlocks } from '../../scripts/lib/recordings.ts'
import { freePort, startDevServer, type DevServer } from '../../scripts/lib/slidev.ts'

// The first Node block of the course (or of KIT_DECKS) is the one under test.
const course = loadCourse()
const decks = selectWrittenDecks(course, [process.env.KIT_DECKS ?? ''])
const block = decks.flatMap(deck => runBlocks(deck.id)).find(b => b.target === 'node')
const slideOf = (file: string) => readDeck(block!.deck).slides.find(slide => slide.content.includes(file))
const slideNo = block && slideOf(block.file)?.no
// A browser block of the same deck, so one dev server serves both.
const browserBlock = block && runBlocks(block.deck).find(b => b.target === 'browser')

describe('a Node-only live block in `npm run dev`', () => {
  let server: DevServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    expect(block, 'some deck shows a live block with runnerOptions: {target: \'node\'}').toBeDefined()
    server = await startDevServer(block!.deck, await freePort())
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  // Both sides through the demo's own normalize rules: timestamps and the like differ run to run.
  const lines = (text: string, file = block!.file) => normalizeOutput(text, readFileSync(join(kitRoot, file), 'utf8'))
    .trim().split('\n').map(line => line.trim()).filter(Boolean)
  const recordedLines = () => lines(readRecording(block!.file)!).filter(line => !line.startsWith('['))

  it('runs on the Node runner and shows what the program prints, without a recorded badge', async () => {
    await page.goto(`${server.url}/${slideNo}`)
    const slide = page.locator(`.slidev-page-${slideNo}`)
    await slide.locator('button[title="Run code"]').first().waitFor({ timeout: 90_000 }) // first compile of the deck
    await slide.locator('button[title="Run code"]').first().click()
    const output = slide.locator('.slidev-runner-output').first()
    await expect.poll(async () => lines(await output.innerText()), { timeout: 60_000 })
      .toEqual(recordedLines())
    expect(await output.locator('.kit-badge').count()).toBe(0)
  })

  it('falls back to the recording, with a visible badge, when the runner is unreachable', async () => {
    await page.route('**/__kit/run', route => route.abort('connectionrefused'))
    const slide = page.locator(`.slidev-page-${slideNo}`)
    await slide.locator('button[title="Run code"]').first().click()
    const output = slide.locator('.slidev-runner-output').first()
    await expect.poll(() => output.locator('.kit-badge').allInnerTexts(), { timeout: 20_000 }).toEqual(['RECORDED'])
    const shown = lines(await output.innerText())
    expect(shown.slice(1)).toEqual(recordedLines())
    expect(shown[0]).toMatch(/the Node runner is unreachable/)
  })

  it('runs a browser block in the page, printing what its recording says', async () => {
    expect(browserBlock, `${block!.deck} shows a browser live block too`).toBeDefined()
    const slide = slideOf(browserBlock!.file)!
    // Which of the slide's live blocks it is: the n-th editor and output of the page.
    const index = runBlocks(block!.deck).filter(b => slideOf(b.file)?.no === slide.no).findIndex(b => b.file === browserBlock!.file)
    await page.goto(`${server.url}/${slide.no}`)
    const page$ = page.locator(`.slidev-page-${slide.no}`)
    const run = page$.locator('button[title="Run code"]').nth(index)
    await run.waitFor({ timeout: 90_000 })
    await run.click()
    const output = page$.locator('.slidev-runner-output').nth(index)
    const expected = lines(readRecording(browserBlock!.file)!, browserBlock!.file).filter(line => !line.startsWith('['))
    await expect.poll(async () => lines(await output.innerText(), browserBlock!.file), { timeout: 60_000 }).toEqual(expected)
  })
})
