// Runs the Slidev CLI for one deck in its own process (Slidev caches its roots per process).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { deckPaths, kitRoot } from './course.ts'
import { killProcessTree } from './node-runner.ts'

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
          killProcessTree(child.pid)
        }, options.timeoutMs)
      : undefined
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ ok: code === 0, log, ms: performance.now() - started })
    })
  })
}


/** `slidev build` of one deck into `outDir`, served under `base` (e.g. `/core-concepts/decorators/`). */
export function buildDeck(id: string, outDir: string, base = '/', timeoutMs = 300_000, env: NodeJS.ProcessEnv = {}): Promise<SlidevRun> {
  return runSlidev(['build', deckPaths(id).slides, '--out', outDir, '--base', base], { timeoutMs, env })
}

/** The last lines of a Slidev log that explain a failure. */
export function logTail(log: string, lines = 25): string {
  return log.trim().split('\n').slice(-lines).join('\n')
}

/** A Vite dependency cache of the deck's own (vite.config.ts): decks served at once must not share one. */
export const viteCacheDir = (id: string) => join(kitRoot, '.kit', 'vite', id)

export interface DevServer {
  url: string
  log: () => string
  close: () => Promise<void>
}

/** `slidev` (dev) for one deck on 127.0.0.1 and the given port; resolves once it answers. */
export async function startDevServer(id: string, port: number, timeoutMs = 120_000): Promise<DevServer> {
  const child = spawn(process.execPath, [slidevCli, deckPaths(id).slides, '--port', String(port), '--bind', '127.0.0.1'], {
    cwd: kitRoot,
    env: { ...process.env, NODE_ENV: 'development', KIT_VITE_CACHE_DIR: viteCacheDir(id) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => { log += chunk })
  child.stderr.on('data', (chunk: Buffer) => { log += chunk })
  const url = `http://127.0.0.1:${port}`
  const close = () => new Promise<void>((done) => {
    if (child.exitCode !== null)
      return done()
    child.once('close', () => done())
    killProcessTree(child.pid)
  })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`slidev dev for ${id} exited:\n${logTail(log)}`)
    try {
      if ((await fetch(url)).ok)
        return { url, log: () => log, close }
    }
    catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  await close()
  throw new Error(`slidev dev for ${id} did not answer within ${timeoutMs} ms:\n${logTail(log)}`)
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
