import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./fixtures/crash.ts', import.meta.url))

// The hooks are process-wide, so they are tested where they belong: in a real child process.
function runChild(...args: string[]) {
  const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 10_000 })
  const lines = child.stdout.split('\n').filter(Boolean)
  return { status: child.status, lines, stderr: child.stderr }
}

describe('process-handlers: log one fatal line and exit non-zero', () => {
  it('an unhandled rejection prints exactly one fatal JSON line with the error, then exits 1', () => {
    const { status, lines, stderr } = runChild()
    expect(stderr).toBe('')
    expect(status).toBe(1)
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0]!) as { level: string, msg: string, err: { message: string, stack: string } }
    expect(line.level).toBe('fatal')
    expect(line.msg).toBe('unhandled rejection, exiting')
    expect(line.err.message).toBe('db connection lost')
    expect(line.err.stack).toContain('crash.ts')
  })

  it('an uncaught exception does the same', () => {
    const { status, lines } = runChild('throw')
    expect(status).toBe(1)
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'fatal', msg: 'uncaught exception, exiting', err: { message: 'config file vanished' } })
  })
})
