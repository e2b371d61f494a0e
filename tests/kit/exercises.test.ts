// Every exercise can be solved and is not solved yet — on the kit, and on a tiny kit where the
// faults the check exists for are injected on purpose.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { checkExercises } from '../../scripts/lib/exercise-check.ts'
import { readHints } from '../../scripts/lib/exercises.ts'

it('every exercise of the kit fails on its starter and passes on its solution', async () => {
  const problems = await checkExercises(loadCourse())
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([])
}, 300_000)

const STARTER = `export function add(a: number, b: number): number {\n  // TODO: add the numbers\n  throw new Error('TODO')\n}\n`
const SOLUTION = `export function add(a: number, b: number): number {\n  return a + b\n}\n`

function makeKit(files: Record<string, string | undefined>, commit = true): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-exercises-'))
  const all: Record<string, string | undefined> = {
    'decks/course.json': JSON.stringify({ reference: 'demo/deck', sections: [{ id: 'demo', title: 'Demo', decks: [{ id: 'deck', exercises: ['add'] }] }], paths: [] }),
    'exercises/demo/deck/add/README.md': '# Add two numbers\n',
    'exercises/demo/deck/add/hints.md': '## Hint 1\nUse +.\n\n## Hint 2\nreturn a + b\n',
    'exercises/demo/deck/add/add.ts': STARTER,
    'exercises/demo/deck/add/add.test.ts': `import { expect, it } from 'vitest'\nimport { add } from './add.ts'\nit('adds', () => expect(add(2, 3)).toBe(5))\n`,
    'exercises/demo/deck/add/solution/add.ts': SOLUTION,
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    if (text === undefined)
      continue
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  symlinkSync(join(kitRoot, 'node_modules'), join(root, 'node_modules'))
  if (commit) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' })
    git('init', '-q')
    git('add', '.')
    git('-c', 'user.name=kit', '-c', 'user.email=kit@localhost', 'commit', '-qm', 'exercises as shipped')
  }
  return root
}

describe('the exercise check catches', () => {
  const roots: string[] = []
  afterEach(() => {
    for (const root of roots.splice(0))
      rmSync(root, { recursive: true, force: true })
  })
  const check = (files: Record<string, string | undefined> = {}, commit = true) => {
    const root = makeKit(files, commit)
    roots.push(root)
    const course = { reference: 'demo/deck', paths: [], sections: [{ id: 'demo', title: 'Demo', decks: [{ id: 'demo/deck', section: 'demo', name: 'deck', exercises: ['add'] }] }] }
    return checkExercises(course, root)
  }

  it('nothing in a sound exercise', async () => {
    expect(await check()).toEqual([])
  }, 60_000)

  it('a starter replaced by its solution', async () => {
    expect(await check({ 'exercises/demo/deck/add/add.ts': SOLUTION })).toEqual([
      'exercises/demo/deck/add: the starter already passes its test (1 passed) — leave the work to the attendee',
    ])
  }, 60_000)

  it('a broken solution', async () => {
    const [problem, ...rest] = await check({ 'exercises/demo/deck/add/solution/add.ts': SOLUTION.replace('a + b', 'a - b') })
    expect(rest).toEqual([])
    expect(problem).toMatch(/^exercises\/demo\/deck\/add: the solution does not pass its test — adds: .*expected -1 to be 5/)
  }, 60_000)

  it('an exercise without a test', async () => {
    expect(await check({ 'exercises/demo/deck/add/add.test.ts': undefined })).toEqual([
      'exercises/demo/deck/add: no test (<file>.test.ts) — an exercise without a test cannot be checked',
    ])
  }, 60_000)

  it('but not an attendee\'s solved working copy: the starter is judged as shipped', async () => {
    const root = makeKit({})
    roots.push(root)
    writeFileSync(join(root, 'exercises/demo/deck/add/add.ts'), SOLUTION) // solved, not committed
    const course = { reference: 'demo/deck', paths: [], sections: [{ id: 'demo', title: 'Demo', decks: [{ id: 'demo/deck', section: 'demo', name: 'deck', exercises: ['add'] }] }] }
    expect(await checkExercises(course, root)).toEqual([])
  }, 60_000)
})

it('reads progressive hints', () => {
  expect(readHints('# Hints\n\n## Hint 1\nLook at the return value.\n\n## Hint 2\nUse `finally`.\n')).toEqual(['Look at the return value.', 'Use `finally`.'])
})
