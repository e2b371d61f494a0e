// The authors' check: every exercise is complete, its test FAILS on the starter as shipped and
// PASSES on its solution. (The starter also type-checks: `npm run typecheck` covers exercises/.)
import type { Course } from './course.ts'
import { kitRoot } from './course.ts'
import { runExerciseTests } from './exercise-runs.ts'
import { listExercises, structureProblems } from './exercises.ts'

export async function checkExercises(course: Course, root: string = kitRoot): Promise<string[]> {
  const exercises = listExercises(course, root)
  const problems = exercises.flatMap(structureProblems)
  const testable = exercises.filter(exercise => exercise.test && exercise.solution)
  if (!testable.length)
    return problems
  const [shipped, solved] = await Promise.all([runExerciseTests('shipped', [], root), runExerciseTests('solution', [], root)])
  for (const exercise of testable) {
    const onStarter = shipped.find(verdict => verdict.file === exercise.test)
    const onSolution = solved.find(verdict => verdict.file === exercise.test)
    const where = `exercises/${exercise.id}`
    if (!onStarter || !onSolution)
      problems.push(`${where}: its test did not run`)
    else if (onStarter.failed === 0)
      problems.push(`${where}: the starter already passes its test (${onStarter.passed} passed) — leave the work to the attendee`)
    if (onSolution && (onSolution.failed > 0 || onSolution.passed === 0))
      problems.push(`${where}: the solution does not pass its test — ${onSolution.firstFailure ?? 'no test ran'}`)
  }
  return problems
}
