// The real entry point in a child process: exit code, stderr, and whether anything listens.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

const entry = fileURLToPath(new URL('../../../snippets/core-concepts/configuration/startup-failure.ts', import.meta.url))
const children: ReturnType<typeof spawn>[] = []
let cwd: string

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const address = server.address()
    server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
  })
})
const isListening = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1')
  socket.once('connect', () => { socket.destroy(); resolve(true) })
  socket.once('error', () => resolve(false))
})

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'kit-startup-')) // no .env here
})
afterEach(() => {
  for (const child of children.splice(0))
    child.kill()
})
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

describe('fail fast at startup', () => {
  it('two required variables missing: exit 1, stderr names both, nothing listens', async () => {
    const port = await freePort()
    const run = spawnSync(process.execPath, [entry], {
      cwd, encoding: 'utf8', timeout: 15_000,
      env: { HOST: '127.0.0.1', PORT: String(port), PAYMENT_KEY: 'pk_live_must_not_leak' },
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('DATABASE__URL: required')
    expect(run.stderr).toContain('AUTH__SECRET_KEY: required')
    expect(run.stderr).not.toContain('pk_live_must_not_leak')
    expect(run.stdout).toBe('')
    expect(await isListening(port)).toBe(false)
  })

  it('valid settings: logs settings without secrets, then serves /health', async () => {
    const port = await freePort()
    const child = spawn(process.execPath, [entry], {
      cwd,
      env: {
        ENVIRONMENT: 'production', HOST: '127.0.0.1', PORT: String(port),
        DATABASE__URL: 'postgresql://app:db-pass-5521@localhost/app', AUTH__SECRET_KEY: 'k'.repeat(40), PAYMENT_KEY: 'pk_live_must_not_leak',
      },
    })
    children.push(child)
    let stdout = ''
    child.stdout.setEncoding('utf8')
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk
        if (stdout.includes('server_listening'))
          resolve()
      })
      child.once('exit', code => reject(new Error(`exited with ${code}`)))
    })
    const res = await fetch(`http://127.0.0.1:${port}/health`)
    expect(await res.json()).toEqual({ status: 'ok', environment: 'production' })
    const lines = stdout.trim().split('\n').map(line => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map(l => l.msg)).toEqual(['settings_loaded', 'server_listening'])
    for (const leaked of ['db-pass-5521', 'k'.repeat(40), 'pk_live_must_not_leak'])
      expect(stdout).not.toContain(leaked)
  })

  it('the demo prints the report and the exit code', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/startup-failure.demo.ts'))
    expect(lines).toEqual([
      'Invalid configuration (2 problems):\n  - DATABASE__URL: required\n  - AUTH__SECRET_KEY: required',
      'exit code: 1',
    ])
  })
})
