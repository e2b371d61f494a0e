// Runs exercise tests through vitest (scripts/exercise-vitest.config.ts) and reads the verdicts.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { kitRoot } from './course.ts'

const require = createRequire(import.meta.url)
// The package's bin (not in its exports map): its folder from package.json.
const vitestCli = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')

export type ExerciseTarget = 'working' | 'shipped' | 'solution'

export interface TestVerdict {
  /** Absolute path of the test file. */
  file: string
  passed: number
  failed: number
  /** The first failing assertion (or the error that stopped the file), for the attendee. */
  firstFailure?: string
}

interface JsonReport {
  testResults: {
    name: string
    status: string
    message?: string
    assertionResults: { status: string, fullName: string, failureMessages: string[] }[]
  }[]
}

const firstLine = (text: string) => text.split('\n').find(line => line.trim())?.trim() ?? text

/** Runs the given exercise test files (all when empty) against one version of the exercises. */
export async function runExerciseTests(target: ExerciseTarget, testFiles: string[] = [], root: string = kitRoot): Promise<TestVerdict[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kit-exercise-'))
  const report = join(dir, 'report.json')
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [vitestCli, 'run', '--config', join(kitRoot, 'scripts/exercise-vitest.config.ts'),
        '--reporter=json', `--outputFile=${report}`, '--passWithNoTests', ...testFiles], {
        cwd: root,
        env: { ...process.env, KIT_EXERCISE_TARGET: target, KIT_ROOT: root, FORCE_COLOR: '0' },
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk })
      child.on('error', fail)
      child.on('close', () => {
        try {
          readFileSync(report)
          done()
        }
        catch {
          fail(new Error(`vitest wrote no report for the exercises:\n${stderr.slice(-2000)}`))
        }
      })
    })
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as JsonReport
    return parsed.testResults.map((result) => {
      const failures = result.assertionResults.filter(a => a.status === 'failed')
      const failed = failures.length || (result.status === 'failed' ? 1 : 0)
      const first = failures[0]
      const firstFailure = first
        ? `${first.fullName}: ${firstLine(first.failureMessages[0] ?? 'failed')}`
        : result.status === 'failed' ? firstLine(result.message ?? 'the test file failed to run') : undefined
      return {
        file: result.name,
        passed: result.assertionResults.filter(a => a.status === 'passed').length,
        failed,
        ...(firstFailure ? { firstFailure } : {}),
      }
    })
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
