// `npm run exercise`                       all exercises with their status and your progress
// `npm run exercise -- <exercise>`         watch mode: re-runs its test on every save
// `npm run exercise -- <exercise> hint`    the next hint
// `npm run exercise -- <exercise> solution` your file against the solution, as a diff
// `npm run exercise -- <exercise> reset`   your file back to the starter (your version is kept as a backup)
// <exercise> is `<section>/<deck>/<name>` or any unambiguous part of it (`timed`, `decorators/timed`).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createInterface, emitKeypressEvents } from 'node:readline'
import { kitRoot, loadCourse } from './lib/course.ts'
import { runExerciseTests } from './lib/exercise-runs.ts'
import { type Exercise, listExercises, shippedContent } from './lib/exercises.ts'
import { pick } from './lib/picker.ts'

type Status = 'not started' | 'failing' | 'passing'
interface Saved { hash: string, status: Status, hintsShown: number }

const course = loadCourse()
const exercises = listExercises(course).filter(exercise => exercise.starter && exercise.test)
const stateFile = join(kitRoot, '.kit', 'exercises.json')
const bold = (text: string) => `\x1B[1m${text}\x1B[0m`
const dim = (text: string) => `\x1B[2m${text}\x1B[0m`
const colour = { 'passing': '\x1B[32m', 'failing': '\x1B[31m', 'not started': '\x1B[2m' } as const

function loadState(): Record<string, Saved> {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, Saved>
  }
  catch {
    return {}
  }
}

function saveState(state: Record<string, Saved>): void {
  mkdirSync(join(kitRoot, '.kit'), { recursive: true })
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`)
}

const contentHash = (exercise: Exercise) => createHash('sha1')
  .update(readFileSync(exercise.starter!)).update(readFileSync(exercise.test!)).digest('hex')

const untouched = (exercise: Exercise) => {
  const shipped = shippedContent(exercise.starter!)
  return shipped === undefined || shipped === readFileSync(exercise.starter!, 'utf8')
}

/** Statuses from running the tests (cached by content), never from what anyone claims. */
async function statuses(): Promise<Map<string, Status>> {
  const state = loadState()
  const result = new Map<string, Status>()
  const stale: Exercise[] = []
  for (const exercise of exercises) {
    const saved = state[exercise.id]
    if (untouched(exercise))
      result.set(exercise.id, 'not started')
    else if (saved?.hash === contentHash(exercise))
      result.set(exercise.id, saved.status)
    else
      stale.push(exercise)
  }
  if (stale.length) {
    const verdicts = await runExerciseTests('working', stale.map(exercise => exercise.test!))
    for (const exercise of stale) {
      const verdict = verdicts.find(v => v.file === exercise.test)
      result.set(exercise.id, verdict && verdict.failed === 0 && verdict.passed > 0 ? 'passing' : 'failing')
    }
  }
  for (const exercise of exercises) {
    state[exercise.id] = { hash: contentHash(exercise), status: result.get(exercise.id)!, hintsShown: state[exercise.id]?.hintsShown ?? 0 }
  }
  saveState(state)
  return result
}

function findExercise(query: string): Exercise {
  const q = query.toLowerCase().replace(/^exercises\//, '').replace(/\/$/, '')
  for (const matches of [
    exercises.filter(e => e.id === q),
    exercises.filter(e => e.name === q),
    exercises.filter(e => e.id.endsWith(`/${q}`) || e.id.includes(q)),
  ]) {
    if (matches.length === 1)
      return matches[0]!
    if (matches.length > 1)
      fail(`"${query}" matches several exercises: ${matches.map(e => e.id).join(', ')}.`)
  }
  return fail(`No exercise matches "${query}". Run \`npm run exercise\` to list them.`)
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function list(): Promise<void> {
  const status = await statuses()
  const passing = [...status.values()].filter(s => s === 'passing').length
  const sectionTitle = new Map(course.sections.map(section => [section.id, section.title]))
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const chosen = await pick(exercises.map(exercise => ({
      value: exercise.id,
      label: `${colour[status.get(exercise.id)!]}${status.get(exercise.id)!.padEnd(11)}\x1B[0m ${exercise.title}  ${dim(exercise.id)}`,
      group: sectionTitle.get(exercise.deck.split('/')[0]!) ?? exercise.deck,
    })), `Exercises — ${passing}/${exercises.length} passing`)
    if (chosen)
      await watchExercise(findExercise(chosen))
    return
  }
  let deck = ''
  for (const exercise of exercises) {
    if (exercise.deck !== deck)
      console.log(`\n${bold(deck = exercise.deck)}`)
    const s = status.get(exercise.id)!
    console.log(`  ${colour[s]}${s.padEnd(11)}\x1B[0m ${exercise.name.padEnd(24)} ${exercise.title}`)
  }
  console.log(`\nProgress: ${passing}/${exercises.length} exercises passing.`)
  console.log(`Start one: npm run exercise -- <name>   (e.g. npm run exercise -- ${exercises[0]?.id ?? '<section>/<deck>/<name>'})`)
}

function hint(exercise: Exercise): void {
  const state = loadState()
  const shown = state[exercise.id]?.hintsShown ?? 0
  if (!exercise.hints.length)
    return console.log('This exercise has no hints.')
  const next = Math.min(shown, exercise.hints.length - 1)
  console.log(`${bold(`Hint ${next + 1} of ${exercise.hints.length}`)}\n\n${exercise.hints[next]}\n`)
  if (next + 1 < exercise.hints.length)
    console.log(dim(`Run it again for hint ${next + 2}.`))
  state[exercise.id] = { hash: state[exercise.id]?.hash ?? '', status: state[exercise.id]?.status ?? 'not started', hintsShown: next + 1 }
  saveState(state)
}

function solution(exercise: Exercise): void {
  if (!exercise.solution)
    return fail(`${exercise.id} has no solution file.`)
  console.log(`${bold('Your file')} ${dim(exercise.starter!.slice(kitRoot.length + 1))} → ${bold('solution')} ${dim(exercise.solution.slice(kitRoot.length + 1))}\n`)
  const diff = spawnSync('git', ['diff', '--no-index', `--color=${process.stdout.isTTY ? 'always' : 'never'}`, '--', exercise.starter!, exercise.solution], { encoding: 'utf8' })
  console.log(diff.stdout.trim() || 'Identical: your file is the solution.')
}

async function confirm(question: string): Promise<boolean> {
  if (process.argv.includes('--yes'))
    return true
  if (!process.stdin.isTTY)
    fail(`${question} Add --yes to confirm without a terminal.`)
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await new Promise<string>(done => rl.question(`${question} [y/N] `, done))
  rl.close()
  return /^y(es)?$/i.test(answer.trim())
}

async function reset(exercise: Exercise): Promise<void> {
  const shipped = shippedContent(exercise.starter!)
  if (shipped === undefined)
    return fail(`${exercise.id}: the starter is not committed, so there is nothing to reset to.`)
  if (shipped === readFileSync(exercise.starter!, 'utf8'))
    return console.log('Your file is already the starter: nothing to reset.')
  if (!await confirm(`Reset ${exercise.starter!.slice(kitRoot.length + 1)} to the starter?`))
    return console.log('Nothing changed.')
  const backupDir = join(kitRoot, '.kit', 'backups', exercise.id)
  mkdirSync(backupDir, { recursive: true })
  const backup = join(backupDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${basename(exercise.starter!)}`)
  copyFileSync(exercise.starter!, backup)
  writeFileSync(exercise.starter!, shipped)
  console.log(`Reset to the starter. Your version is kept in ${backup.slice(kitRoot.length + 1)}`)
}

async function watchExercise(exercise: Exercise): Promise<void> {
  const file = exercise.starter!.slice(kitRoot.length + 1)
  let running = false
  let again = false
  const check = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    const [verdict] = await runExerciseTests('working', [exercise.test!])
    const passed = !!verdict && verdict.failed === 0 && verdict.passed > 0
    if (process.stdout.isTTY)
      process.stdout.write('\x1B[2J\x1B[H')
    console.log(`${bold(exercise.title)}  ${dim(exercise.id)}\nEdit ${bold(file)} — its test re-runs on every save.\n`)
    if (passed) {
      console.log(`\x1B[32m✓ Passing\x1B[0m — all ${verdict.passed} tests. Well done!`)
      const next = exercises[exercises.indexOf(exercise) + 1]
      if (next)
        console.log(dim(`Next: npm run exercise -- ${next.id}`))
    }
    else {
      console.log(`\x1B[31m✗ Failing\x1B[0m — ${verdict?.failed ?? 1} failing, ${verdict?.passed ?? 0} passing`)
      if (verdict?.firstFailure)
        console.log(`\n  First failure: ${verdict.firstFailure}`)
    }
    const state = loadState()
    state[exercise.id] = { hash: contentHash(exercise), status: passed ? 'passing' : untouched(exercise) ? 'not started' : 'failing', hintsShown: state[exercise.id]?.hintsShown ?? 0 }
    saveState(state)
    console.log(dim(`\n${process.stdin.isTTY ? 'h: hint · s: solution diff · q: quit' : 'Ctrl-C to stop'}`))
    running = false
    if (again) {
      again = false
      await check()
    }
  }
  let timer: NodeJS.Timeout | undefined
  watch(exercise.dir, { recursive: true }, (_event, name) => {
    if (!name || !name.endsWith('.ts') || name.startsWith('solution'))
      return
    clearTimeout(timer)
    timer = setTimeout(() => void check(), 150)
  })
  if (process.stdin.isTTY) {
    emitKeypressEvents(process.stdin)
    process.stdin.setRawMode(true)
    process.stdin.on('keypress', (_text: string, key: { name?: string, ctrl?: boolean }) => {
      if (key.name === 'q' || (key.ctrl && key.name === 'c'))
        process.exit(0)
      if (key.name === 'h')
        hint(exercise)
      if (key.name === 's')
        solution(exercise)
    })
  }
  await check()
}

const [query, command] = process.argv.slice(2).filter(arg => !arg.startsWith('--'))
const commands = ['hint', 'solution', 'reset'] as const
type Command = typeof commands[number]
const isCommand = (word: string | undefined): word is Command => commands.includes(word as Command)

if (!query) {
  await list()
}
else {
  // Both orders work: `timed hint` and `hint timed`.
  const [target, action] = isCommand(query) && command ? [command, query] : [query, command]
  const exercise = findExercise(target)
  if (!exercise.starter || !existsSync(exercise.starter))
    fail(`${exercise.id} has no starter file.`)
  if (action === undefined)
    await watchExercise(exercise)
  else if (action === 'hint')
    hint(exercise)
  else if (action === 'solution')
    solution(exercise)
  else if (action === 'reset')
    await reset(exercise)
  else
    fail(`Unknown command "${action}": use hint, solution or reset.`)
}
