// Runs the Slidev CLI for one deck in its own process (Slidev caches its roots per process).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { deckPaths, kitRoot } from './course.ts'

const require = createRequire(import.meta.url)
export const slidevCli: string = require.resolve('@slidev/cli/bin/slidev.mjs')

export interface SlidevRun {
  ok: boolean
  /** Combined stdout and stderr, for the error report of a failed run. */
  log: string
  ms: number
}

export function runSlidev(args: string[], options: { timeoutMs?: number, env?: NodeJS.ProcessEnv } = {}): Promise<SlidevRun> {
  const started = performance.now()
  return new Promise((done) => {
    const child = spawn(process.execPath, [slidevCli, ...args], {
      cwd: kitRoot,
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => { log += chunk })
    child.stderr.on('data', (chunk: Buffer) => { log += chunk })
    const timer = options.timeoutMs
      ? setTimeout(() => {
          log += `\n[kit] timed out after ${options.timeoutMs} ms`
          killTree(child.pid)
        }, options.timeoutMs)
      : undefined
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ ok: code === 0, log, ms: performance.now() - started })
    })
  })
}

function killTree(pid: number | undefined): void {
  if (!pid)
    return
  try {
    process.kill(-pid, 'SIGKILL')
  }
  catch {
    process.kill(pid, 'SIGKILL')
  }
}

/** `slidev build` of one deck into `outDir`, served under `base` (e.g. `/core-concepts/decorators/`). */
export function buildDeck(id: string, outDir: string, base = '/', timeoutMs = 300_000): Promise<SlidevRun> {
  return runSlidev(['build', deckPaths(id).slides, '--out', outDir, '--base', base], { timeoutMs })
}

/** The last lines of a Slidev log that explain a failure. */
export function logTail(log: string, lines = 25): string {
  return log.trim().split('\n').slice(-lines).join('\n')
}
