// The course site's shared assets: each deck's build merged in, identical files stored once,
// and files no deck uses any more removed (scripts/lib/site.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mergeDeck, pruneAssets, readAssetList } from '../../scripts/lib/site.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-site-'))
  dirs.push(dir)
  return dir
}

/** A deck's build as Slidev writes it: index.html linking ./assets/, and its asset files. */
function stagedBuild(files: Record<string, string>): string {
  const dir = tmp()
  writeFileSync(join(dir, 'index.html'), `<script type="module" src="./assets/${Object.keys(files)[0]}"></script>`)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'assets', name)), { recursive: true })
    writeFileSync(join(dir, 'assets', name), text)
  }
  return dir
}

describe('the course site', () => {
  it('stores a file two decks share once, and points each deck page at the shared folder', () => {
    const site = tmp()
    mergeDeck(site, stagedBuild({ 'index-a.js': 'a', 'vendor/mermaid/m.mjs': 'mermaid' }), 'one/first')
    mergeDeck(site, stagedBuild({ 'index-b.js': 'b', 'vendor/mermaid/m.mjs': 'mermaid' }), 'one/second')
    expect(readFileSync(join(site, 'assets/vendor/mermaid/m.mjs'), 'utf8')).toBe('mermaid')
    expect(readFileSync(join(site, 'one/second/index.html'), 'utf8')).toContain('src="../../assets/index-b.js"')
    expect(readAssetList(join(site, 'one/first'))).toEqual(['index-a.js', 'vendor/mermaid/m.mjs'])
  })

  it('stores a chunk that differs between decks only in its imports\' hashes once, with an import map per deck page', () => {
    const site = tmp()
    const staged = (env: string, hash: string) => {
      const dir = stagedBuild({ [`index-${hash}.js`]: `import"./env-${hash}.js"`, [`env-${hash}.js`]: env })
      // As setup/shared-vendor.ts writes it: the kit's import map comes first in <head>.
      writeFileSync(join(dir, 'index.html'), `<head><script type="importmap">{"imports":{"kit-vendor/m":"./assets/vendor/m.mjs"}}</script><script type="module" src="./assets/index-${hash}.js"></script></head>`)
      return dir
    }
    mergeDeck(site, staged('one', 'AAAAAAAA'), 'one/first')
    mergeDeck(site, staged('two', 'BBBBBBBB'), 'one/second')
    const pages = ['one/first', 'one/second'].map(deck => readFileSync(join(site, deck, 'index.html'), 'utf8'))
    const maps = pages.map(page => JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(page)![1]!) as { imports: Record<string, string> })
    const entry = pages.map(page => /src="\.\.\/\.\.\/assets\/([^"]+)"/.exec(page)![1]!)
    expect(entry[0]).toBe(entry[1])
    expect(readFileSync(join(site, 'assets', entry[0]!), 'utf8')).toBe('import"./env.js"')
    for (const map of maps)
      expect(map.imports['kit-vendor/m']).toBe('../../assets/vendor/m.mjs')
    const envs = maps.map(map => map.imports['../../assets/env.js']!)
    expect(envs.map(env => readFileSync(join(site, 'one/first', env), 'utf8'))).toEqual(['one', 'two'])
    expect(existsSync(join(site, 'one/first/404.html'))).toBe(false)
  })

  it('removes a rebuilt deck\'s old files, keeping what any deck still uses', () => {
    const site = tmp()
    mergeDeck(site, stagedBuild({ 'index-old.js': 'old', 'only-old/x.js': 'x', 'shared.js': 's' }), 'one/first')
    mergeDeck(site, stagedBuild({ 'index-b.js': 'b', 'shared.js': 's' }), 'one/second')
    mergeDeck(site, stagedBuild({ 'index-new.js': 'new', 'shared.js': 's' }), 'one/first')
    expect(pruneAssets(site)).toBe(2)
    expect(existsSync(join(site, 'assets/index-old.js'))).toBe(false)
    expect(existsSync(join(site, 'assets/only-old'))).toBe(false)
    for (const kept of ['index-new.js', 'index-b.js', 'shared.js'])
      expect(existsSync(join(site, 'assets', kept)), kept).toBe(true)
  })

  it('removes nothing when a deck page has no asset list (built by an older kit)', () => {
    const site = tmp()
    mergeDeck(site, stagedBuild({ 'index-a.js': 'a' }), 'one/first')
    mkdirSync(join(site, 'one/legacy'), { recursive: true })
    writeFileSync(join(site, 'one/legacy/index.html'), '<script src="../../assets/legacy.js"></script>')
    writeFileSync(join(site, 'assets/legacy.js'), 'legacy')
    expect(pruneAssets(site)).toBe(0)
    expect(existsSync(join(site, 'assets/legacy.js'))).toBe(true)
  })
})
