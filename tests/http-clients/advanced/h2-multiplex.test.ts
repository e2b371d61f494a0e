import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { fireConcurrently, h1Agent, h2Agent, startCountingServer } from '../../../snippets/http-clients/advanced/h2-multiplex.ts'
import type { CountingServer } from '../../../snippets/http-clients/advanced/h2-multiplex.ts'

describe('10 concurrent requests: sockets under HTTP/1.1 vs HTTP/2', () => {
  let server: CountingServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.close()
    await server?.close()
    server = agent = undefined
  })
  const expected = Array.from({ length: 10 }, (_, i) => `ok /r${i}`)

  it('HTTP/1.1 with unlimited connections opens 10 sockets', async () => {
    server = await startCountingServer('h1')
    agent = h1Agent()
    expect(await fireConcurrently(agent, server.url, 10)).toEqual(expected)
    expect(server.connections()).toBe(10)
  })

  it('HTTP/2 carries all 10 as streams of 1 session', async () => {
    server = await startCountingServer('h2')
    agent = h2Agent()
    expect(await fireConcurrently(agent, server.url, 10)).toEqual(expected)
    expect(server.connections()).toBe(1)
  })
})
