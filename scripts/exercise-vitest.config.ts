// Runs exercise tests against one version of each exercise:
//   KIT_EXERCISE_TARGET=working   the attendee's files (default)
//   KIT_EXERCISE_TARGET=shipped   the starters and tests as committed (git HEAD)
//   KIT_EXERCISE_TARGET=solution  each starter replaced by its solution/<file>.ts
import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { kitRoot } from './lib/course.ts'
import { shippedContent } from './lib/exercises.ts'
import { standardDecorators } from './lib/standard-decorators.ts'

const target = process.env.KIT_EXERCISE_TARGET ?? 'working'
const root = process.env.KIT_ROOT ?? kitRoot // another kit's exercises (the check's own tests)
const exercisesDir = join(root, 'exercises') + '/'
const isExerciseFile = (id: string) => id.startsWith(exercisesDir) && !id.includes('/solution/')

function exerciseTarget(): Plugin {
  return {
    name: 'kit:exercise-target',
    enforce: 'pre',
    resolveId(source, importer) {
      if (target !== 'solution' || !importer || !source.startsWith('.') || !isExerciseFile(importer))
        return undefined
      const path = resolve(dirname(importer), source)
      const solution = join(dirname(path), 'solution', basename(path))
      return isExerciseFile(path) && !path.endsWith('.test.ts') && existsSync(solution) ? solution : undefined
    },
    load(id) {
      const path = id.split('?')[0]!
      return target === 'shipped' && isExerciseFile(path) ? shippedContent(path, root) : undefined
    },
  }
}

export default defineConfig({
  root,
  plugins: [exerciseTarget(), standardDecorators()],
  test: {
    // What a module is depends on the target, which the file-system module cache cannot see.
    fsModuleCache: false,
    include: ['exercises/**/*.test.ts'],
    exclude: ['**/solution/**', '**/node_modules/**'],
    testTimeout: 20_000,
  },
})
