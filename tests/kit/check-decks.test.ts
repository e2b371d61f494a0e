// The drift check on the real kit, and on a tiny kit where each fault is injected on purpose.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkDecks, formatProblem, highlightLines } from '../../scripts/lib/check-decks.ts'

it('the kit\'s decks, snippets, tests and exercises agree', () => {
  const problems = checkDecks().map(formatProblem)
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
})

const GREET = `// #region greet
export function greet(name: string): string {
  return \`Hello, \${name}!\`
}
// #endregion greet
`

const SLIDES = `---
addons: ['@/../../..']
title: Demo deck
section: demo
source: demo/guide.md
minutes: 5
---

# Demo

<!--
Opening words.
-->

---

# Greeting

<<< @/../../../snippets/demo/deck/greet.ts#greet ts {2}

<!--
What greet does.
-->
`

function makeKit(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-check-'))
  const all: Record<string, string> = {
    'decks/course.json': JSON.stringify({
      reference: 'demo/deck',
      sections: [{ id: 'demo', title: 'Demo', decks: [{ id: 'deck', exercises: [] }] }],
      paths: [],
    }),
    'decks/demo/deck/slides.md': SLIDES,
    'snippets/demo/deck/greet.ts': GREET,
    'tests/demo/deck/greet.test.ts': `import { greet } from '../../../snippets/demo/deck/greet.ts'\nvoid greet\n`,
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0))
    rmSync(root, { recursive: true, force: true })
})

function problemsOf(files: Record<string, string> = {}): string[] {
  const root = makeKit(files)
  roots.push(root)
  return checkDecks(root).map(formatProblem)
}

const slidesWith = (replace: string, by: string) => ({ 'decks/demo/deck/slides.md': SLIDES.replace(replace, by) })

describe('each injected fault is named with its file and line', () => {
  it('a clean kit has no problem', () => {
    expect(problemsOf()).toEqual([])
  })

  it('a wrong region name (Slidev would silently import the whole file)', () => {
    const [problem, ...rest] = problemsOf(slidesWith('greet.ts#greet', 'greet.ts#greeting'))
    expect(rest).toEqual([])
    expect(problem).toContain('decks/demo/deck/slides.md:19: region "greeting" not found in snippets/demo/deck/greet.ts (regions: greet)')
    expect(problem).toContain('fix: use one of: #greet')
  })

  it('a missing snippet file', () => {
    expect(problemsOf(slidesWith('greet.ts#greet', 'gone.ts#greet'))).toEqual(expect.arrayContaining([
      expect.stringContaining('decks/demo/deck/slides.md:19: snippet file snippets/demo/deck/gone.ts does not exist'),
    ]))
  })

  it('an inline ```ts block', () => {
    const problems = problemsOf(slidesWith('# Greeting\n', '# Greeting\n\n```ts\nconst x = 1\n```\n'))
    expect(problems).toEqual([expect.stringContaining('decks/demo/deck/slides.md:19: inline ```ts block')])
  })

  it('inline code inside a magic-move block and an unlabelled fence', () => {
    const problems = problemsOf(slidesWith('# Greeting\n', '# Greeting\n\n````md magic-move\n```js\nlet a\n```\n````\n\n```\nplain\n```\n'))
    expect(problems).toEqual([
      expect.stringContaining('slides.md:20: inline ```js block'),
      expect.stringContaining('slides.md:25: unlabelled code fence'),
    ])
  })

  it('shell commands, Python and mermaid are allowed as fences', () => {
    expect(problemsOf(slidesWith('# Greeting\n', '# Greeting\n\n```bash\nnpm test\n```\n\n```python\nx = 1\n```\n'))).toEqual([])
  })

  it('a highlight range past the end of the region', () => {
    const [problem] = problemsOf(slidesWith('ts {2}', 'ts {2|4-5}'))
    expect(problem).toContain('decks/demo/deck/slides.md:19: highlight {2|4-5} names line 4, but snippets/demo/deck/greet.ts#greet has 3 lines')
  })

  it('a highlight with spaces (Slidev reads it as component options and the build fails)', () => {
    expect(problemsOf(slidesWith('ts {2}', 'ts {1 | 1,3}'))).toEqual([
      expect.stringContaining('slides.md:19: highlight {1 | 1,3} has spaces'),
    ])
    expect(problemsOf(slidesWith('ts {2}', 'ts {1|1,3}'))).toEqual([])
  })

  it('an untested snippet', () => {
    const problems = problemsOf({ 'tests/demo/deck/greet.test.ts': 'export {}\n' })
    expect(problems).toEqual([expect.stringContaining('snippets/demo/deck/greet.ts:1: snippet is imported by no test')])
    expect(problems[0]).toContain('fix: test its behaviour in tests/demo/deck/greet.test.ts')
  })

  it('a snippet no slide or exercise shows', () => {
    const problems = problemsOf({
      'snippets/demo/deck/unused.ts': 'export const unused = 1\n',
      'tests/demo/deck/unused.test.ts': `import { unused } from '../../../snippets/demo/deck/unused.ts'\nvoid unused\n`,
    })
    expect(problems).toEqual([expect.stringContaining('snippets/demo/deck/unused.ts:1: snippet is imported by no deck and no exercise')])
  })

  it('a snippet reached only through a shown snippet counts as shown', () => {
    expect(problemsOf({
      'snippets/demo/deck/greet.ts': `import { shout } from './shout.ts'\n${GREET}export const loud = shout\n`,
      'snippets/demo/deck/shout.ts': 'export const shout = (s: string) => s.toUpperCase()\n',
      'tests/demo/deck/shout.test.ts': `import { shout } from '../../../snippets/demo/deck/shout.ts'\nvoid shout\n`,
    })).toEqual([])
  })

  it('a slide without presenter notes', () => {
    expect(problemsOf(slidesWith('<!--\nWhat greet does.\n-->\n', ''))).toEqual([
      expect.stringContaining('decks/demo/deck/slides.md:16: slide 2 ("Greeting") has no presenter notes'),
    ])
  })

  it('a headmatter without title, the wrong section, and without the kit addon', () => {
    const problems = problemsOf(slidesWith(`addons: ['@/../../..']\ntitle: Demo deck\nsection: demo`, 'section: other'))
    expect(problems).toEqual([
      expect.stringContaining('slides.md:1: headmatter lacks "title"'),
      expect.stringContaining('slides.md:1: headmatter section is "other", the deck lives in section "demo"'),
      expect.stringContaining('slides.md:1: headmatter does not load the kit addon'),
    ])
  })

  it('a deck missing from the course list, and a listed exercise that does not exist', () => {
    const problems = problemsOf({
      'decks/course.json': JSON.stringify({ reference: 'demo/deck', sections: [{ id: 'demo', title: 'Demo', decks: [{ id: 'other', exercises: ['first'] }] }], paths: [] }),
    })
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('decks/demo/deck/slides.md:1: deck "demo/deck" is not in decks/course.json'),
      expect.stringContaining('exercise demo/other/first is listed but exercises/demo/other/first does not exist'),
    ]))
  })
})

describe('highlightLines', () => {
  it('reads ranges and click steps, and refuses what it cannot read', () => {
    expect(highlightLines('1|2-3|all')).toEqual([1, 1, 2, 3])
    expect(highlightLines('*')).toEqual([])
    expect(highlightLines('2,x')).toBeUndefined()
  })
})
