import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSupervisor, runVariant } from '../../../snippets/concurrency/async-tutorial/fire-and-forget.ts'
import { errorLine } from '../../../snippets/concurrency/async-tutorial/run-in-child.ts'

describe('fire-and-forget in a child process', () => {
  it('unsupervised: the response goes out, then the rejection ends the process', async () => {
    const { code, stdout, stderr } = await runVariant('unsupervisedMain')
    expect(code).not.toBe(0)
    expect(stdout.trim()).toBe('order 42 placed') // never "still serving"
    expect(errorLine(stderr)).toBe('Error: SMTP refused the mail for order 42')
  })

  it('supervised: one error line with context, the process stays up and exits 0', async () => {
    const { code, stdout } = await runVariant('supervisedMain')
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toEqual([
      'order 42 placed',
      'background task failed: task=send-confirmation orderId=42 error="Error: SMTP refused the mail for order 42"',
      'still serving',
    ])
  })
})

describe('createSupervisor (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  const after = <T>(ms: number, value: T) => new Promise<T>(resolve => setTimeout(resolve, ms, value))

  it('tracks tasks in flight and drain waits for the slowest one', async () => {
    const log: string[] = []
    const supervisor = createSupervisor(line => log.push(line))
    supervisor.supervise('a', after(100, 'a'))
    supervisor.supervise('b', after(300, 'b'))
    expect(supervisor.inFlight).toBe(2)
    let drained = false
    const draining = supervisor.drain().then(() => { drained = true })
    await vi.advanceTimersByTimeAsync(100)
    expect(supervisor.inFlight).toBe(1)
    expect(drained).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    await draining
    expect(drained).toBe(true)
    expect(supervisor.inFlight).toBe(0)
    expect(log).toEqual([])
  })

  it('logs a failure once, with its context, and never rethrows it', async () => {
    const log: string[] = []
    const supervisor = createSupervisor(line => log.push(line))
    supervisor.supervise('reindex', after(50, null).then(() => { throw new Error('disk full') }), { tenant: 't1' })
    await vi.advanceTimersByTimeAsync(50)
    await supervisor.drain()
    expect(log).toEqual(['background task failed: task=reindex tenant=t1 error="Error: disk full"'])
  })
})
