// Runs a snippet program on Node for a slide: the code as edited on stage, as a real TypeScript
// program inside the kit (so its imports of snippets and packages resolve), with a hard timeout
// that kills the whole process tree and a cap on what it may print.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { kitRoot } from './course.ts'

export const DEFAULT_TIMEOUT_MS = 10_000
export const MAX_TIMEOUT_MS = 120_000
export const DEFAULT_OUTPUT_CAP = 1024 * 1024

export type RunEvent =
  | { type: 'stdout' | 'stderr', text: string }
  | { type: 'exit', code: number | null, timedOut: boolean, truncated: boolean, cancelled: boolean }

export interface RunOptions {
  /** The program's source, e.g. the editor's current code. */
  code: string
  /** The snippet file the code belongs to (kit-relative): its relative imports resolve from there. */
  file: string
  timeoutMs?: number
  outputCap?: number
  signal?: AbortSignal
  root?: string
}

export class RunRefused extends Error {
  override name = 'RunRefused'
}

/** The snippet file a run names, refused unless it lies inside the kit's snippets or exercises. */
export function resolveSnippetFile(file: string, root: string = kitRoot): string {
  const path = resolve(root, file)
  const inside = ['snippets', 'exercises'].some(dir => path.startsWith(join(root, dir) + sep))
  if (!inside || !/\.(ts|mts|js|mjs)$/.test(path))
    throw new RunRefused(`refusing to run ${file}: only snippet programs inside the kit can run`)
  return path
}

/** Relative imports rewritten to absolute file URLs, so the copy runs from the kit's scratch folder. */
export function anchorImports(code: string, snippetFile: string): string {
  return code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (_all, head: string, quote: string, spec: string) =>
    `${head}${quote}${pathToFileURL(resolve(dirname(snippetFile), spec)).href}${quote}`)
}

/** Kills a detached child and everything it started (its process group); a no-op once it is gone. */
export function killProcessTree(pid: number | undefined): void {
  if (!pid)
    return
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL')
      return
    }
    catch {
      // Not a group leader, or already gone: try the process itself, then give up.
    }
  }
}

/** Runs the program and yields its output as it comes, then one `exit` event. */
export async function* runOnNode(options: RunOptions): AsyncGenerator<RunEvent> {
  const root = options.root ?? kitRoot
  const snippetFile = resolveSnippetFile(options.file, root)
  const timeoutMs = Math.min(Math.max(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 100), MAX_TIMEOUT_MS)
  const cap = options.outputCap ?? DEFAULT_OUTPUT_CAP
  // Inside the kit, so bare imports resolve from the kit's node_modules.
  const scratch = join(root, '.kit', 'run')
  mkdirSync(scratch, { recursive: true })
  const program = join(scratch, `${randomUUID()}.${snippetFile.endsWith('.ts') || snippetFile.endsWith('.mts') ? 'mts' : 'mjs'}`)
  writeFileSync(program, anchorImports(options.code, snippetFile))

  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', program], {
    cwd: root,
    detached: true, // its own process group: a kill reaches the children it spawned too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NODE_OPTIONS: '' },
  })
  const queue: RunEvent[] = []
  let wake: (() => void) | undefined
  const push = (event: RunEvent) => {
    queue.push(event)
    wake?.()
  }
  let printed = 0
  let truncated = false
  let timedOut = false
  let cancelled = false
  const onOutput = (type: 'stdout' | 'stderr') => (chunk: Buffer) => {
    if (truncated)
      return
    const room = cap - printed
    const text = chunk.toString('utf8')
    printed += Buffer.byteLength(text)
    if (printed > cap) {
      truncated = true
      push({ type, text: Buffer.from(text).subarray(0, Math.max(room, 0)).toString('utf8') })
      killProcessTree(child.pid)
      return
    }
    push({ type, text })
  }
  child.stdout.on('data', onOutput('stdout'))
  child.stderr.on('data', onOutput('stderr'))
  const timer = setTimeout(() => {
    timedOut = true
    killProcessTree(child.pid)
  }, timeoutMs)
  const cancel = () => {
    cancelled = true
    killProcessTree(child.pid)
  }
  options.signal?.addEventListener('abort', cancel, { once: true })
  let exitCode: number | null | undefined
  child.on('close', (code) => {
    exitCode = code
    wake?.()
  })
  child.on('error', (error) => {
    push({ type: 'stderr', text: `${error.message}\n` })
    exitCode = -1
    wake?.()
  })

  try {
    while (true) {
      while (queue.length)
        yield queue.shift()!
      if (exitCode !== undefined)
        break
      await new Promise<void>((done) => {
        wake = done
      })
      wake = undefined
    }
    yield { type: 'exit', code: exitCode, timedOut, truncated, cancelled }
  }
  finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', cancel)
    killProcessTree(child.pid)
    rmSync(program, { force: true })
  }
}

/** The kit-relative path of a file, with forward slashes (the id of a demo everywhere in the kit). */
export const kitPath = (path: string, root: string = kitRoot) => relative(root, path).split(sep).join('/')
