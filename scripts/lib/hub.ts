// The course hub (dist/index.html): sections and decks in course order, the learning paths, the
// exercises, and a search over every slide's title, text and code — all static, all offline.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import MarkdownIt from 'markdown-it'
import { type Course, allDecks, deckPaths, kitRoot } from './course.ts'
import { type DeckInfo, readDeck } from './deck-slides.ts'
import { listExercises } from './exercises.ts'
import { findRegion } from './regions.ts'
import { snippetImports } from './snippet-imports.ts'

export interface SearchEntry {
  deck: string
  deckTitle: string
  slide: number
  title: string
  text: string
  code: string
}

const markdown = new MarkdownIt({ html: false, linkify: false })

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }[ch]!))

/** Slide markdown as plain words: no comments, tags, fences markers, or markdown punctuation. */
function plainText(content: string): string {
  return content
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^<<<.*$/gm, ' ')
    .replace(/^```.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The code a slide imports, as the audience sees it. */
function slideCode(content: string, deck: string): string {
  const file = deckPaths(deck).slides
  return snippetImports(content, file).map((block) => {
    if (!existsSync(block.file))
      return ''
    const source = readFileSync(block.file, 'utf8')
    return block.region ? findRegion(source, block.region)?.lines.join('\n') ?? '' : source
  }).join('\n')
}

const SEARCH_INDEX = 'search-index.js'

/**
 * The search index as a script (it loads from file:// too), gzipped: a fifth of its JSON. The hub
 * unzips it with the browser's DecompressionStream.
 */
function searchIndexScript(entries: SearchEntry[]): string {
  return `window.KIT_SEARCH_GZIP = "${gzipSync(JSON.stringify(entries), { level: 9 }).toString('base64')}";\n`
}

/** The entries of a written hub's search index. */
export function readSearchIndex(site: string): SearchEntry[] {
  const script = readFileSync(join(site, SEARCH_INDEX), 'utf8')
  const base64 = /KIT_SEARCH_GZIP = "([^"]*)"/.exec(script)?.[1] ?? ''
  return JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as SearchEntry[]
}

export function searchIndex(decks: DeckInfo[]): SearchEntry[] {
  return decks.flatMap(deck => deck.slides.map(slide => ({
    deck: deck.id,
    deckTitle: deck.title,
    slide: slide.no,
    title: slide.title,
    text: plainText(slide.content),
    code: slideCode(slide.content, deck.id),
  })))
}

const pdfName = (id: string) => `${id.replace('/', '-')}.pdf`

export function writeHub(course: Course, site: string, root: string = kitRoot): void {
  const decks = new Map(allDecks(course).filter(d => existsSync(deckPaths(d.id, root).slides)).map(d => [d.id, readDeck(d.id)]))
  const exercises = listExercises(course, root)
  writeFileSync(join(site, SEARCH_INDEX), searchIndexScript(searchIndex([...decks.values()])))

  const deckCard = (id: string, name: string) => {
    const deck = decks.get(id)
    if (!deck)
      return `<li class="deck planned"><span class="deck-title">${escapeHtml(name)}</span> <span class="muted">in preparation</span></li>`
    const built = existsSync(join(site, id, 'index.html'))
    const pdf = existsSync(join(site, 'pdf', pdfName(id)))
    const own = exercises.filter(e => e.deck === id)
    const links = [
      built ? `<a href="${id}/index.html">slides</a>` : '<span class="muted">not built</span>',
      pdf ? `<a href="pdf/${pdfName(id)}">PDF</a>` : '',
      own.length ? `<a href="#exercises-${id.replace('/', '-')}">${own.length} exercise${own.length > 1 ? 's' : ''}</a>` : '',
    ].filter(Boolean).join(' · ')
    return `<li class="deck" id="deck-${id.replace('/', '-')}">
  <a class="deck-title" href="${built ? `${id}/index.html` : '#'}">${escapeHtml(deck.title)}</a>
  <p class="muted">${escapeHtml(deck.info)}</p>
  <p class="meta">${deck.slides.length} slides · ~${deck.minutes} min · from <code>${escapeHtml(deck.source)}</code></p>
  <p class="links">${links}</p>
</li>`
  }

  const sections = course.sections.map(section => `<section class="course-section">
  <h2>${escapeHtml(section.title)}</h2>
  <ol class="decks">${section.decks.map(deck => deckCard(deck.id, deck.name)).join('\n')}</ol>
</section>`).join('\n')

  const paths = course.paths.map(path => `<details class="path">
  <summary><strong>${escapeHtml(path.title)}</strong> <span class="muted">${path.decks.length} decks · ~${path.decks.reduce((sum, id) => sum + (decks.get(id)?.minutes ?? 0), 0)} min written so far</span></summary>
  <ol>${path.decks.map(id => `<li>${decks.has(id) ? `<a href="#deck-${id.replace('/', '-')}">${escapeHtml(decks.get(id)!.title)}</a>` : escapeHtml(id)} <span class="muted">${id}</span></li>`).join('')}</ol>
</details>`).join('\n')

  const exerciseList = [...new Set(exercises.map(e => e.deck))].map(deckId => `<div id="exercises-${deckId.replace('/', '-')}">
  <h3>${escapeHtml(decks.get(deckId)?.title ?? deckId)}</h3>
  ${exercises.filter(e => e.deck === deckId).map(e => `<details class="exercise">
    <summary><strong>${escapeHtml(e.title)}</strong> <span class="muted">${e.hints.length} hints</span></summary>
    <pre><code>npm run exercise -- ${e.id}</code></pre>
    ${existsSync(join(e.dir, 'README.md')) ? markdown.render(readFileSync(join(e.dir, 'README.md'), 'utf8')) : ''}
  </details>`).join('\n')}
</div>`).join('\n')

  writeFileSync(join(site, 'index.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Backend Workshop Kit</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Crect width=%2232%22 height=%2232%22 rx=%227%22 fill=%22%230f766e%22/%3E%3C/svg%3E">
<style>${HUB_CSS}</style>
</head>
<body>
<header>
  <h1>Backend Workshop Kit</h1>
  <p class="lead">Production backend engineering for AI products, in TypeScript on Node: ${decks.size} of ${allDecks(course).length} decks, ${[...decks.values()].reduce((n, d) => n + d.slides.length, 0)} slides, ${exercises.length} exercises. Every code block is a tested snippet.</p>
  <input id="search" type="search" placeholder="Search every slide, its text and its code…" autocomplete="off" autofocus>
  <ol id="results" hidden></ol>
</header>
<main>
<h2>Learning paths</h2>
${paths}
${sections}
<section class="course-section"><h2>Exercises</h2>${exerciseList}</section>
</main>
<script src="${SEARCH_INDEX}"></script>
<script>${SEARCH_JS}</script>
</body>
</html>
`)
}

const HUB_CSS = `
body { font: 16px/1.55 system-ui, sans-serif; margin: 0; color: #1f2937; background: #f8fafc; }
header, main { max-width: 960px; margin: 0 auto; padding: 1.5rem; }
header { padding-top: 2.5rem; }
h1 { color: #0f766e; margin: 0 0 .25rem; } h2 { margin-top: 2rem; color: #0f766e; }
.lead { font-size: 1.1rem; } .muted { color: #64748b; } code { font-family: ui-monospace, monospace; font-size: .9em; }
#search { width: 100%; font-size: 1.1rem; padding: .7rem 1rem; border: 2px solid #0f766e; border-radius: .6rem; box-sizing: border-box; }
#results { list-style: none; padding: 0; } #results li { background: #fff; border: 1px solid #e2e8f0; border-radius: .5rem; margin: .4rem 0; padding: .6rem .9rem; }
#results .where { font-size: .85rem; color: #64748b; } mark { background: #fef08a; }
.decks { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: .8rem; }
.deck { background: #fff; border: 1px solid #e2e8f0; border-radius: .7rem; padding: .9rem 1rem; }
.deck p { margin: .3rem 0; } .deck .meta { font-size: .85rem; color: #475569; } .deck-title { font-weight: 600; font-size: 1.05rem; }
.deck.planned { opacity: .55; }
details { background: #fff; border: 1px solid #e2e8f0; border-radius: .6rem; padding: .6rem 1rem; margin: .5rem 0; }
pre { background: #0f172a; color: #e2e8f0; padding: .6rem .9rem; border-radius: .4rem; overflow-x: auto; }
a { color: #0f766e; }
`

// Client-side search over the index (window.KIT_SEARCH_GZIP, unzipped once): every word must appear; titles weigh more than text, text more than code.
const SEARCH_JS = `
const input = document.getElementById('search')
const list = document.getElementById('results')
let entries = []
const unzipped = new Response(new Blob([Uint8Array.from(atob(window.KIT_SEARCH_GZIP || ''), c => c.charCodeAt(0))])
  .stream().pipeThrough(new DecompressionStream('gzip'))).json().then(list => { entries = list })
const esc = s => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]))
function excerpt(text, word) {
  const at = text.toLowerCase().indexOf(word)
  if (at < 0) return ''
  const start = Math.max(0, at - 60)
  const piece = esc(text.slice(start, at + 100))
  return (start ? '…' : '') + piece.replace(new RegExp(word.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'), 'ig'), m => '<mark>' + m + '</mark>') + '…'
}
input.addEventListener('input', async () => {
  await unzipped
  const words = input.value.toLowerCase().split(/\\s+/).filter(w => w.length > 1)
  if (!words.length) { list.hidden = true; list.innerHTML = ''; return }
  const scored = []
  for (const e of entries) {
    const title = (e.title + ' ' + e.deckTitle).toLowerCase(), text = e.text.toLowerCase(), code = e.code.toLowerCase()
    if (!words.every(w => title.includes(w) || text.includes(w) || code.includes(w))) continue
    const score = words.reduce((s, w) => s + (title.includes(w) ? 5 : 0) + (text.includes(w) ? 2 : 0) + (code.includes(w) ? 1 : 0), 0)
    scored.push([score, e])
  }
  scored.sort((a, b) => b[0] - a[0])
  list.hidden = false
  list.innerHTML = scored.length ? scored.slice(0, 30).map(([, e]) =>
    '<li><a href="' + e.deck + '/index.html#/' + e.slide + '">' + esc(e.title) + '</a>'
    + ' <span class="where">' + esc(e.deckTitle) + ' · slide ' + e.slide + '</span>'
    + '<div>' + (excerpt(e.text, words[0]) || '<code>' + excerpt(e.code, words[0]) + '</code>') + '</div></li>').join('')
    : '<li class="muted">Nothing matches.</li>'
})
`
