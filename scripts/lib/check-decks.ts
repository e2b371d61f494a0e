// The drift check: proves every code block on every slide comes from a snippet that exists,
// under a region that exists, with highlights inside it, and that every snippet is shown and tested.
// Slidev itself imports the WHOLE file when a region name is wrong, so nothing else catches it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser/core'
import { allDecks, deckPaths, kitRoot, loadCourse } from './course.ts'
import { readRecording, recordingFile } from './recordings.ts'
import { findRegion, listRegions } from './regions.ts'
import { parseSnippetImport } from './snippet-imports.ts'

export interface Problem {
  /** Path relative to the kit root. */
  file: string
  line: number
  message: string
  fix: string
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}\n    fix: ${p.fix}`

/** Languages that are code: on a slide they must come from a tested snippet. */
const CODE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx', 'mts', 'cts', 'mjs', 'cjs', 'vue'])
const MONACO_MODES = new Set(['monaco', 'monaco-run', 'monaco-diff', 'monaco-write'])
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)(.*)$/
const KIT_ADDON = '@/../../..'
const HEADMATTER_KEYS = ['title', 'source', 'minutes'] as const

interface SnippetImport {
  deckFile: string
  line: number
  target: string
}

interface ScanResult {
  problems: Problem[]
  /** Absolute paths of snippet files imported by `<<<` lines. */
  imported: SnippetImport[]
}

const rel = (root: string, path: string) => relative(root, path).split('\\').join('/')

function walk(dir: string, accept: (path: string) => boolean): string[] {
  if (!existsSync(dir))
    return []
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'node_modules')
      out.push(...walk(path, accept))
    else if (entry.isFile() && accept(path))
      out.push(path)
  }
  return out.sort()
}

/** Every 1-based line number a highlight spec names; `undefined` when the spec is unreadable. */
export function highlightLines(spec: string): number[] | undefined {
  const lines: number[] = []
  for (const step of spec.split('|')) {
    for (const raw of step.split(',')) {
      const part = raw.trim()
      if (['', 'all', '*', 'hide', 'none'].includes(part))
        continue
      const match = /^(\d+)(?:-(\d+))?$/.exec(part)
      if (!match)
        return undefined
      lines.push(Number(match[1]), Number(match[2] ?? match[1]))
    }
  }
  return lines
}

function checkSnippetImport(root: string, deckId: string, deckFile: string, lineNo: number, text: string, result: ScanResult): void {
  const at = (message: string, fix: string): void => {
    result.problems.push({ file: rel(root, deckFile), line: lineNo, message, fix })
  }
  const parsed = parseSnippetImport(text, lineNo, deckFile)
  if (!parsed)
    return at(`unreadable snippet import "${text.trim()}"`, 'write it as <<< @/../../../snippets/<section>/<deck>/<file>.ts#<region> ts {…}')
  const { path: rawPath, region: regionName, meta, file: target, run } = parsed
  const regionTag = regionName ? `#${regionName}` : undefined
  const shown = rel(root, target)
  if (!shown.startsWith('snippets/') && !shown.startsWith('exercises/'))
    return at(`"${rawPath}" resolves to ${shown}, outside snippets/ and exercises/`, 'keep code on slides in snippets/<section>/<deck>/ so its tests cover it')
  if (!existsSync(target) || !statSync(target).isFile())
    return at(`snippet file ${shown} does not exist`, `create ${shown} (with its test under tests/) or correct the path`)
  result.imported.push({ deckFile, line: lineNo, target })
  if (run && (regionName || !/\.demo\.[mc]?ts$/.test(target)))
    return at(`a live block runs a whole demo program, not ${shown}${regionTag ?? ''}`, `import a *.demo.ts file without #region: <<< @/../../../snippets/${deckId}/<name>.demo.ts ts {monaco-run}`)
  if (run && readRecording(shown, root) === undefined)
    at(`live block ${shown} has no recording ${recordingFile(shown)}`, 'run `npm run record` and commit the recording')

  const source = readFileSync(target, 'utf8')
  let lineCount: number
  if (regionTag) {
    const name = regionTag.slice(1)
    const region = findRegion(source, name)
    if (!region) {
      const regions = listRegions(source)
      return at(`region "${name}" not found in ${shown} (regions: ${regions.join(', ') || 'none'})`,
        regions.length ? `use one of: ${regions.map(r => `#${r}`).join(', ')}` : `mark the code with // #region ${name} … // #endregion ${name}`)
    }
    lineCount = region.lines.length
  }
  else {
    lineCount = source.replace(/\n$/, '').split('\n').length
  }

  const firstBraces = /^\{([^}]*)\}/.exec(meta.trim())?.[1]?.trim()
  if (meta.includes('twoslash'))
    at('twoslash is not used in the kit', 'drop it: snippets are type-checked by `npm run typecheck`, and twoslash errors never fail a build')
  if (firstBraces === undefined || MONACO_MODES.has(firstBraces))
    return
  if (/\s/.test(firstBraces))
    return at(`highlight {${firstBraces}} has spaces: Slidev then reads it as component options and the build fails`, `write it without spaces: {${firstBraces.replace(/\s+/g, '')}}`)
  const lines = highlightLines(firstBraces)
  if (!lines)
    return at(`unreadable highlight "{${firstBraces}}"`, 'use line numbers and ranges such as {2,4-6} or click steps {1|2-3|all}')
  const past = lines.filter(n => n < 1 || n > lineCount)
  if (past.length)
    at(`highlight {${firstBraces}} names line ${past[0]}, but ${shown}${regionTag ?? ''} has ${lineCount} lines`,
      `highlight lines 1-${lineCount} of the imported code`)
}

function checkDeckFile(root: string, deckId: string, deckFile: string, result: ScanResult): void {
  const file = rel(root, deckFile)
  const markdown = readFileSync(deckFile, 'utf8')
  const lines = markdown.split(/\r?\n/)

  // Code fences and snippet imports, line by line. A magic-move block is an md fence whose
  // inner fences are code too, so md fences are scanned one level deep.
  const isMarkdown = (lang: string) => lang === 'md' || lang === 'markdown'
  let outer: { marker: string, lang: string } | undefined
  let inner: string | undefined
  lines.forEach((text, index) => {
    const lineNo = index + 1
    const fenceLine = FENCE.exec(text)
    const closes = (marker: string) => !!fenceLine && fenceLine[1]![0] === marker[0]
      && fenceLine[1]!.length >= marker.length && !fenceLine[2] && !fenceLine[3]!.trim()
    const flagIfCode = (lang: string) => {
      if (!CODE_LANGS.has(lang) && lang !== '')
        return
      result.problems.push({
        file,
        line: lineNo,
        message: lang ? `inline \`\`\`${lang} block: code on slides must be imported from a snippet` : 'unlabelled code fence',
        fix: lang
          ? `move the code into snippets/${deckId}/<file>.ts under // #region <name>, test it, and import it with <<< @/../../../snippets/${deckId}/<file>.ts#<name>`
          : 'label the fence with its language (bash, text, python, mermaid, …); TypeScript must come from a snippet',
      })
    }
    if (outer && !isMarkdown(outer.lang)) {
      if (closes(outer.marker))
        outer = undefined
      return
    }
    if (outer) {
      if (inner) {
        if (closes(inner))
          inner = undefined
      }
      else if (closes(outer.marker)) {
        outer = undefined
      }
      else if (fenceLine) {
        flagIfCode(fenceLine[2]!.toLowerCase())
        inner = fenceLine[1]!
      }
      return
    }
    if (fenceLine) {
      const lang = fenceLine[2]!.toLowerCase()
      flagIfCode(lang)
      outer = { marker: fenceLine[1]!, lang }
      return
    }
    if (text.trimStart().startsWith('<<<'))
      checkSnippetImport(root, deckId, deckFile, lineNo, text, result)
  })

  // Headmatter and presenter notes, slide by slide.
  let slides: ReturnType<typeof parseSync>['slides']
  try {
    slides = parseSync(markdown, deckFile).slides
  }
  catch (error) {
    result.problems.push({ file, line: 1, message: `the deck does not parse: ${error instanceof Error ? error.message : String(error)}`, fix: 'check the YAML between --- lines: a slide separator followed by text is read as frontmatter' })
    return
  }
  const headmatter = (slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const section = deckId.split('/')[0]
  for (const key of HEADMATTER_KEYS) {
    if (headmatter[key] === undefined || headmatter[key] === '')
      result.problems.push({ file, line: 1, message: `headmatter lacks "${key}"`, fix: `add ${key}: … to the first frontmatter block (see decks/${loadCourse(root).reference}/slides.md)` })
  }
  if (headmatter.section !== section)
    result.problems.push({ file, line: 1, message: `headmatter section is ${JSON.stringify(headmatter.section)}, the deck lives in section "${section}"`, fix: `set section: ${section}` })
  const addons = headmatter.addons
  if (!Array.isArray(addons) || !addons.includes(KIT_ADDON))
    result.problems.push({ file, line: 1, message: 'headmatter does not load the kit addon', fix: `add addons: ['${KIT_ADDON}'] (shared components, setup and styles)` })

  slides.forEach((slide, index) => {
    if (!slide.note?.trim()) {
      result.problems.push({
        file,
        line: slide.start + 1,
        message: `slide ${index + 1} ("${slide.title ?? slide.content.trim().split('\n')[0]?.slice(0, 40) ?? ''}") has no presenter notes`,
        fix: 'end the slide with an HTML comment <!-- … --> holding what the presenter says',
      })
    }
  })
}

/** Static and dynamic import specifiers and `new URL('…', import.meta.url)` references of a module. */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>()
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ]
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern))
      found.add(match[1]!)
  }
  return [...found]
}

function relativeImports(file: string): string[] {
  return importSpecifiers(readFileSync(file, 'utf8'))
    .filter(spec => spec.startsWith('.'))
    .map(spec => resolve(dirname(file), spec))
}

const isSource = (path: string) => /\.(ts|mts|js|mjs|vue)$/.test(path) && !path.endsWith('.d.ts')
const isTest = (path: string) => /\.test\.(ts|mts)$/.test(path)

export function checkDecks(root: string = kitRoot): Problem[] {
  const course = loadCourse(root)
  const result: ScanResult = { problems: [], imported: [] }
  const listed = new Set(allDecks(course).map(deck => deck.id))

  for (const deckFile of walk(join(root, 'decks'), path => path.endsWith('slides.md'))) {
    const deckId = rel(root, dirname(deckFile)).replace(/^decks\//, '')
    if (!listed.has(deckId)) {
      result.problems.push({ file: rel(root, deckFile), line: 1, message: `deck "${deckId}" is not in decks/course.json`, fix: 'add it to its section in decks/course.json (course order)' })
      continue
    }
    checkDeckFile(root, deckId, deckFile, result)
  }

  for (const deck of allDecks(course)) {
    for (const exercise of deck.exercises) {
      const dir = join(deckPaths(deck.id, root).exercises, exercise)
      if (!existsSync(dir))
        result.problems.push({ file: 'decks/course.json', line: 1, message: `exercise ${deck.id}/${exercise} is listed but ${rel(root, dir)} does not exist`, fix: `create ${rel(root, dir)} or remove it from the list` })
    }
    const onDisk = existsSync(deckPaths(deck.id, root).exercises)
      ? readdirSync(deckPaths(deck.id, root).exercises, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name)
      : []
    for (const name of onDisk.filter(name => !deck.exercises.includes(name)))
      result.problems.push({ file: `exercises/${deck.id}/${name}`, line: 1, message: `exercise folder is not listed in decks/course.json`, fix: `add "${name}" to the exercises of ${deck.id}` })
  }

  // Every snippet is shown (on a slide, in an exercise, or by a shown snippet) and imported by a test.
  const snippets = walk(join(root, 'snippets'), isSource)
  const exerciseFiles = walk(join(root, 'exercises'), isSource)
  const testFiles = [...walk(join(root, 'tests'), isSource), ...exerciseFiles.filter(isTest)]
  const used = new Set<string>()
  const queue = [...result.imported.map(i => i.target), ...exerciseFiles.flatMap(relativeImports)]
  while (queue.length) {
    const file = queue.pop()!
    if (used.has(file) || !existsSync(file))
      continue
    used.add(file)
    if (isSource(file))
      queue.push(...relativeImports(file))
  }
  const tested = new Set(testFiles.flatMap(relativeImports))
  for (const snippet of snippets) {
    const shown = rel(root, snippet)
    const testPath = shown.replace(/^snippets\//, 'tests/').replace(/\.ts$/, '.test.ts')
    if (!used.has(snippet))
      result.problems.push({ file: shown, line: 1, message: 'snippet is imported by no deck and no exercise', fix: `show it with <<< @/../../../${shown}#<region> on a slide, or delete it` })
    if (!tested.has(snippet))
      result.problems.push({ file: shown, line: 1, message: 'snippet is imported by no test', fix: `test its behaviour in ${testPath}` })
  }
  return result.problems
}
