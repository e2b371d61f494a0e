import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import type { TaskLog } from '../../../snippets/web-api/error-responses/fire-and-forget.ts'
import { fireAndForget, logUnhandledRejections, sendWelcomeEmail } from '../../../snippets/web-api/error-responses/fire-and-forget.ts'

const snippet = new URL('../../../snippets/web-api/error-responses/fire-and-forget.ts', import.meta.url).href
const listenersBefore = process.listeners('unhandledRejection')
afterEach(() => {
  for (const listener of process.listeners('unhandledRejection').filter(l => !listenersBefore.includes(l)))
    process.off('unhandledRejection', listener)
})

describe('fire-and-forget work', () => {
  it('a wrapped rejection is logged with the task name and unhandledRejection never fires', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const logged: Parameters<TaskLog>[0][] = []
    fireAndForget('send-welcome-email', () => sendWelcomeEmail('ada@example.com'), e => logged.push(e))
    fireAndForget('sync-throw', () => { throw new Error('thrown before any await') }, e => logged.push(e))
    await new Promise(resolve => setTimeout(resolve, 20)) // let the microtasks and Node's rejection tracking run
    expect(logged.map(e => [e.task, (e.err as Error).message]).sort()).toEqual([
      ['send-welcome-email', 'SMTP relay refused mail for ada@example.com'],
      ['sync-throw', 'thrown before any await'],
    ])
    expect(unhandled).not.toHaveBeenCalled()
  })

  it('the last line of defence logs and exits deliberately', async () => {
    const logged: Parameters<TaskLog>[0][] = []
    const exit = vi.fn()
    logUnhandledRejections(e => logged.push(e), exit)
    process.listeners('unhandledRejection').at(-1)!(new Error('slipped through'), Promise.resolve())
    expect(logged[0]).toMatchObject({ task: 'unhandledRejection' })
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('unwrapped, the rejection crashes a real Node process (fault injection in a child)', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e',
      `const m = await import(${JSON.stringify(snippet)}); m.afterSignupUnwrapped('ada@example.com'); setTimeout(() => console.log('still alive'), 200)`,
    ], { encoding: 'utf8', timeout: 10_000, cwd: fileURLToPath(new URL('../../..', import.meta.url)) })
    expect(child.status).not.toBe(0)
    expect(child.stdout).not.toContain('still alive')
    expect(child.stderr).toContain('SMTP relay refused mail for ada@example.com')
  })

  it('the node demo shows the wrapped failure logged and the process alive', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/fire-and-forget.demo.ts'))
    expect(lines).toEqual([
      'response sent: 201',
      'task send-welcome-email failed: SMTP relay refused mail for ada@example.com',
      'process still alive',
    ])
  })
})
