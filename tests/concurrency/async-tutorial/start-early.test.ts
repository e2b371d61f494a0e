import { describe, expect, it } from 'vitest'
import { errorLine } from '../../../snippets/concurrency/async-tutorial/run-in-child.ts'
import { runVariant, safeStartEarly } from '../../../snippets/concurrency/async-tutorial/start-early.ts'

describe('start-early (each variant in its own Node process)', () => {
  it('unsafe: the early Promise rejects during another await and Node ends the process', async () => {
    const { code, stdout, stderr } = await runVariant('unsafeMain')
    expect(code).not.toBe(0)
    expect(errorLine(stderr)).toBe('Error: user service down')
    expect(stderr).toContain('at fetchUser') // the stack names the early call
    expect(stdout).toBe('') // the fallback to "guest" never ran
  })

  it('safe: the handler is attached at once, the error arrives at the await, exit code 0', async () => {
    const { code, stdout, stderr } = await runVariant('safeMain')
    expect(code).toBe(0)
    expect(stdout.trim()).toBe('config + guest')
    expect(stderr).toBe('')
  })

  it('safe variant in-process: handles the failure without an unhandled rejection', async () => {
    expect(await safeStartEarly()).toBe('config + guest')
  })
})
