// The exercises of the course, in course order, read from their folders:
// exercises/<section>/<deck>/<name>/{README.md, <file>.ts, <file>.test.ts, hints.md, solution/<file>.ts}
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { allDecks, type Course, deckPaths, kitRoot } from './course.ts'

export interface Exercise {
  /** `<section>/<deck>/<name>`. */
  id: string
  deck: string
  name: string
  dir: string
  title: string
  /** The file the attendee edits, e.g. `timed.ts`; undefined when the folder has none. */
  starter?: string
  test?: string
  solution?: string
  hints: string[]
}

const HINT = /^##\s*Hint\s+\d+\s*$/im

export function readHints(markdown: string): string[] {
  return markdown.split(/^(?=##\s*Hint\s+\d+\s*$)/im).filter(part => HINT.test(part)).map(part => part.replace(HINT, '').trim())
}

export function readExercise(deck: string, name: string, root: string = kitRoot): Exercise {
  const dir = join(deckPaths(deck, root).exercises, name)
  const files = existsSync(dir) ? readdirSync(dir) : []
  const test = files.find(file => /\.test\.ts$/.test(file))
  const starter = test ? test.replace(/\.test\.ts$/, '.ts') : files.find(file => file.endsWith('.ts'))
  const readme = join(dir, 'README.md')
  const hints = join(dir, 'hints.md')
  return {
    id: `${deck}/${name}`,
    deck,
    name,
    dir,
    title: existsSync(readme) ? (/^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1]?.trim() ?? name) : name,
    ...(starter && existsSync(join(dir, starter)) ? { starter: join(dir, starter) } : {}),
    ...(test ? { test: join(dir, test) } : {}),
    ...(starter && existsSync(join(dir, 'solution', starter)) ? { solution: join(dir, 'solution', starter) } : {}),
    hints: existsSync(hints) ? readHints(readFileSync(hints, 'utf8')) : [],
  }
}

export function listExercises(course: Course, root: string = kitRoot): Exercise[] {
  return allDecks(course).flatMap(deck => deck.exercises.map(name => readExercise(deck.id, name, root)))
}

/** The file as shipped (git HEAD), so an attendee's work in progress is never judged as the starter. */
export function shippedContent(path: string, root: string = kitRoot): string | undefined {
  const relative = path.slice(root.length + 1)
  try {
    return execFileSync('git', ['show', `HEAD:${relative}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  }
  catch {
    return undefined // not committed yet: the working copy is the shipped version
  }
}

/** What is wrong with an exercise's folder, one message each (empty when complete). */
export function structureProblems(exercise: Exercise): string[] {
  const where = `exercises/${exercise.id}`
  const problems: string[] = []
  if (!existsSync(exercise.dir))
    return [`${where}: folder missing`]
  if (!existsSync(join(exercise.dir, 'README.md')))
    problems.push(`${where}/README.md: missing (the task and how to start it)`)
  if (!exercise.test)
    problems.push(`${where}: no test (<file>.test.ts) — an exercise without a test cannot be checked`)
  if (!exercise.starter)
    problems.push(`${where}: no starter file next to its test`)
  if (exercise.starter && !exercise.solution)
    problems.push(`${where}/solution/${exercise.starter.split('/').at(-1)}: missing (same file name as the starter)`)
  if (exercise.hints.length < 1 || exercise.hints.length > 3)
    problems.push(`${where}/hints.md: ${exercise.hints.length} hints; write 1 to 3 as "## Hint 1" …`)
  return problems
}
