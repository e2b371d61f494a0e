import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { fiveSocketAgent, sixCalls } from '../../../snippets/http-clients/connection-pooling/queue-behaviour.ts'

describe('six calls through connections: 5', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('the sixth starts at the server only after one of the first five finished; all six succeed', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 300 } })
    const answers = await sixCalls(agent = fiveSocketAgent(), s.url)
    expect(answers).toHaveLength(6)
    expect(answers.every(a => a.includes('chat.completion'))).toBe(true)
    const log = [...s.stats.log].sort((a, b) => a.seq - b.seq)
    const firstFive = log.slice(0, 5)
    const sixth = log[5]
    if (!sixth) throw new Error('the server saw fewer than six requests')
    const firstFinish = Math.min(...firstFive.map(r => r.finishedAt ?? Infinity))
    expect(sixth.at).toBeGreaterThanOrEqual(firstFinish) // it waited in the pool, it did not fail
    expect(firstFive.every(r => r.at < firstFinish)).toBe(true) // the first five ran together
    expect(s.stats.maxInFlight).toBe(5)
    expect(s.stats.socketsOpened).toBe(5) // the sixth reused a freed socket
  })
})
