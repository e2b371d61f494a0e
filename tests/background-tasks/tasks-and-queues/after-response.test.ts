import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAfterResponse, createSignupApp } from '../../../snippets/background-tasks/tasks-and-queues/after-response.ts'
import { lineLogger } from '../../../snippets/core-concepts/structured-logging/bind.ts'
import { captureConsole } from '../../support/capture-console.ts'

type Line = { level: string, msg: string, task?: string, requestId?: string, error?: string }
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => { unhandled.push(reason) }
beforeEach(() => { unhandled.length = 0; process.on('unhandledRejection', onUnhandled) })
afterEach(() => { process.off('unhandledRejection', onUnhandled) })

function setup() {
  const lines: Line[] = []
  const tasks = createAfterResponse(lineLogger(line => lines.push(JSON.parse(line) as Line)))
  const gate = Promise.withResolvers<void>()
  const sent: { email: string, at: number }[] = []
  const app = createSignupApp(tasks, async (email) => {
    await gate.promise
    if (email.startsWith('bounce')) throw new Error('mailbox unavailable')
    sent.push({ email, at: performance.now() })
  })
  const signup = (email: string, id = 'req-1') => app.request('/signup',
    { method: 'POST', body: JSON.stringify({ email }), headers: { 'X-Request-Id': id } })
  return { tasks, gate, sent, lines, signup }
}
const macrotask = () => new Promise(resolve => setTimeout(resolve, 0))

describe('afterResponse', () => {
  it('the response arrives before the task finishes', async () => {
    const { tasks, gate, sent, signup } = setup()
    const res = await signup('ada@example.com')
    const respondedAt = performance.now()
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ id: 1, email: 'ada@example.com' })
    expect(tasks.pending).toBe(1)
    expect(sent).toEqual([])
    gate.resolve()
    await tasks.drain()
    expect(sent).toHaveLength(1)
    expect(sent[0]!.at).toBeGreaterThan(respondedAt)
  })

  it('a failing task is one error line with the request id, not an unhandled rejection', async () => {
    const { tasks, gate, lines, signup } = setup()
    expect((await signup('bounce@example.com', 'req-42')).status).toBe(201)
    gate.resolve()
    await tasks.drain()
    await macrotask()
    expect(lines).toEqual([{ level: 'error', msg: 'after_response_failed', task: 'welcome-email', requestId: 'req-42', error: 'mailbox unavailable' }])
    expect(unhandled).toEqual([])
  })

  it('drain() resolves only after the pending tasks finish', async () => {
    const { tasks, gate, sent, signup } = setup()
    await signup('a@example.com')
    await signup('b@example.com')
    let drained = false
    const draining = tasks.drain().then(() => { drained = true })
    await macrotask()
    await macrotask()
    expect(drained).toBe(false)
    expect(tasks.pending).toBe(2)
    gate.resolve()
    await draining
    expect(sent.map(s => s.email)).toEqual(['a@example.com', 'b@example.com'])
    expect(tasks.pending).toBe(0)
  })

  it('tasks started after shutdown began are refused and logged', async () => {
    const { tasks, gate, sent, lines, signup } = setup()
    gate.resolve()
    await tasks.drain()
    expect((await signup('late@example.com', 'req-9')).status).toBe(201)
    await macrotask()
    expect(tasks.pending).toBe(0)
    expect(sent).toEqual([])
    expect(lines).toEqual([{ level: 'warn', msg: 'after_response_rejected', task: 'welcome-email', requestId: 'req-9' }])
  })

  it('bad input is a 400 and starts no task', async () => {
    const { tasks, signup } = setup()
    expect((await signup('not-an-address')).status).toBe(400)
    expect(tasks.pending).toBe(0)
  })

  it('demo: the response first, the emails later, the failure logged, late work refused', async () => {
    const lines = await captureConsole(() => import('../../../snippets/background-tasks/tasks-and-queues/after-response.demo.ts'))
    expect(lines).toEqual([
      '201 {"id":1,"email":"ada@example.com"} (tasks pending: 1)',
      'welcome email sent to ada@example.com',
      '{"level":"error","task":"welcome-email","requestId":"req-2","error":"mailbox unavailable","msg":"after_response_failed"}',
      'drained (tasks pending: 0)',
      '{"level":"warn","task":"welcome-email","requestId":"req-3","msg":"after_response_rejected"}',
    ])
  })
})
