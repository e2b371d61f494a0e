import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { fanOutDefault } from '../../../snippets/http-clients/mental-model/default-unbounded.ts'

describe('Node\'s built-in fetch with the default dispatcher', () => {
  let server: FakeLlmServer | undefined
  afterEach(async () => {
    await server?.close() // ends the default agent's idle keep-alive sockets from the server side
    server = undefined
  })

  it('50 concurrent slow calls open 50 connections to one origin (no per-origin limit)', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 500 } })
    const answers = await fanOutDefault(s.url, 50)
    expect(answers).toHaveLength(50)
    expect(s.stats.socketsOpened).toBe(50)
    expect(s.stats.maxInFlight).toBe(50)
  })
})
