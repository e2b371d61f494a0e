import type { ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { ask, crash, isMain, startChild } from '../../../snippets/concurrency/workers-and-processes/child-isolation.ts'

describe('child-isolation (fork)', () => {
  const children: ChildProcess[] = []
  const spawn = () => {
    const child = startChild()
    children.push(child)
    return child
  }
  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGKILL')
    }
  })

  it('an IPC round trip returns the expected message from another process', async () => {
    const child = spawn()
    const reply = await ask(child, { type: 'upper', text: 'hello' })
    expect(reply).toEqual({ text: 'HELLO', pid: child.pid })
    expect(reply.pid).not.toBe(process.pid)
  })

  it('a child that throws exits with a non-zero code while the parent keeps answering', async () => {
    const child = spawn()
    await ask(child, { type: 'upper', text: 'warm' })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const exit = await crash(child)
    expect(exit).toEqual({ code: 1, signal: null })
    expect(stderr).toContain('Error: boom')
    const replacement = spawn() // the parent is alive and restarts it
    expect((await ask(replacement, { type: 'upper', text: 'back' })).text).toBe('BACK')
  })

  it('the main-module guard: importing the file does not start a child loop', () => {
    expect(isMain(import.meta.url)).toBe(false)
  })
})
