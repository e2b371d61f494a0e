// The Node runner behind live blocks: streams in order, kills runaways (and their children) at the
// timeout and stays healthy, caps output, and answers only its own page with the session secret.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeRunnerMiddleware, RUNNER_PATH } from '../../scripts/lib/node-runner-http.ts'
import { anchorImports, runOnNode, type RunEvent } from '../../scripts/lib/node-runner.ts'

let root: string
const DEMO = 'snippets/demo/deck/program.demo.ts'

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kit-runner-'))
  mkdirSync(join(root, 'snippets/demo/deck'), { recursive: true })
  writeFileSync(join(root, 'snippets/demo/deck/greet.ts'), 'export const greet = (name: string): string => `Hello, ${name}!`\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function run(code: string, timeoutMs = 5_000, outputCap?: number) {
  const events: (RunEvent & { at: number })[] = []
  const started = performance.now()
  for await (const event of runOnNode({ code, file: DEMO, root, timeoutMs, ...(outputCap ? { outputCap } : {}) }))
    events.push({ ...event, at: performance.now() - started })
  const exit = events.at(-1)
  if (exit?.type !== 'exit')
    throw new Error('a run always ends with an exit event')
  const stdout = events.flatMap(e => (e.type === 'stdout' ? [e.text] : [])).join('')
  return { events, exit, stdout, ms: performance.now() - started }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

describe('runOnNode', () => {
  it('runs TypeScript with the snippet\'s relative imports, streaming lines in order as they are printed', async () => {
    const { events, exit, stdout } = await run(`import { greet } from './greet.ts'
console.log(greet('first'))
await new Promise(resolve => setTimeout(resolve, 400))
const late: string = 'second'
console.log(late)`)
    expect(stdout).toBe('Hello, first!\nsecond\n')
    const first = events.find(e => e.type === 'stdout' && e.text.includes('first'))!
    const second = events.find(e => e.type === 'stdout' && e.text.includes('second'))!
    expect(second.at - first.at).toBeGreaterThan(300) // streamed, not buffered until exit
    expect(exit).toMatchObject({ code: 0, timedOut: false, truncated: false })
  })

  it('kills an infinite loop at the timeout and stays healthy', async () => {
    const { exit, ms } = await run('console.log("spinning"); while (true) {}', 500)
    expect(exit.timedOut).toBe(true)
    expect(ms).toBeLessThan(3_000)
    expect((await run('console.log("next run")')).stdout).toBe('next run\n')
  })

  it('kills a program that never settles', async () => {
    const { exit } = await run('setInterval(() => {}, 1000); await new Promise(() => {})', 500)
    expect(exit.timedOut).toBe(true)
  })

  it('kills the children a runaway program spawned, with it', async () => {
    const { stdout, exit } = await run(`import { spawn } from 'node:child_process'
const child = spawn('sleep', ['30'], { stdio: 'ignore' })
console.log(String(child.pid))
setInterval(() => {}, 1000)`, 800)
    expect(exit.timedOut).toBe(true)
    const pid = Number(stdout.trim())
    expect(pid).toBeGreaterThan(0)
    await expect.poll(() => alive(pid), { timeout: 2_000 }).toBe(false)
  })

  it('truncates output over the cap and stops the program', async () => {
    // The cap stops it within milliseconds of starting; the long timeout only covers a slow start on a loaded machine.
    const { stdout, exit } = await run('while (true) console.log("x".repeat(1000))', 30_000, 64 * 1024)
    expect(exit.truncated).toBe(true)
    expect(Buffer.byteLength(stdout)).toBeLessThanOrEqual(64 * 1024)
  }, 40_000)

  it('reports a failing program\'s stderr and exit code', async () => {
    const { events, exit } = await run('console.error("bad input"); process.exit(3)')
    expect(events).toContainEqual(expect.objectContaining({ type: 'stderr', text: 'bad input\n' }))
    expect(exit.code).toBe(3)
  })

  it('refuses files outside the kit\'s snippets and exercises', async () => {
    for (const file of ['../outside.demo.ts', '/etc/passwd', 'scripts/dev.ts', 'snippets/../package.json']) {
      await expect(runOnNode({ code: '', file, root }).next()).rejects.toThrow(/only snippet programs inside the kit can run/)
    }
  })

  it('anchors relative imports to the snippet\'s folder', () => {
    const code = `import { a } from './a.ts'\nconst b = await import('../b.ts')\nimport { z } from 'zod'`
    expect(anchorImports(code, '/kit/snippets/s/d/x.demo.ts')).toBe(
      `import { a } from 'file:///kit/snippets/s/d/a.ts'\nconst b = await import('file:///kit/snippets/s/b.ts')\nimport { z } from 'zod'`,
    )
  })
})

describe('the runner over HTTP', () => {
  const secret = 'session-secret-for-tests-0123456789abcdef'
  let server: Server
  let base: string

  beforeAll(async () => {
    const middleware = nodeRunnerMiddleware(secret, root)
    server = createServer((req, res) => {
      void middleware(req, res, () => res.writeHead(404).end())
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(done => server.close(() => done())))

  const post = (body: unknown, headers: Record<string, string> = {}) => fetch(`${base}${RUNNER_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'origin': base, 'x-kit-runner-secret': secret, ...headers },
    body: JSON.stringify(body),
  })

  it('streams newline-delimited events to its own page', async () => {
    const response = await post({ code: 'console.log("over http")', file: DEMO })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/x-ndjson')
    const events = (await response.text()).trim().split('\n').map(line => JSON.parse(line) as RunEvent)
    expect(events[0]).toEqual({ type: 'stdout', text: 'over http\n' })
    expect(events.at(-1)).toMatchObject({ type: 'exit', code: 0 })
  })

  it('refuses a request without the secret, from another origin, or naming a path outside the kit', async () => {
    expect((await post({ code: '', file: DEMO }, { 'x-kit-runner-secret': 'wrong' })).status).toBe(403)
    expect((await post({ code: '', file: DEMO }, { origin: 'http://evil.example' })).status).toBe(403)
    const outside = await post({ code: 'console.log(1)', file: '../../../etc/passwd.ts' })
    expect(outside.status).toBe(403)
    expect(await outside.text()).toMatch(/only snippet programs inside the kit/)
    expect((await fetch(`${base}${RUNNER_PATH}`)).status).toBe(405)
  })

  it('kills the program when the page goes away mid-run', async () => {
    const response = await post({ code: 'console.log(process.pid); setInterval(() => {}, 1000)', file: DEMO, timeoutMs: 60_000 })
    const reader = response.body!.getReader()
    const first = JSON.parse(new TextDecoder().decode((await reader.read()).value).split('\n')[0]!) as { text: string }
    await reader.cancel()
    await expect.poll(() => alive(Number(first.text.trim())), { timeout: 3_000 }).toBe(false)
  })
})
