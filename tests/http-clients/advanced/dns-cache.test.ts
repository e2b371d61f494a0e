import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import type { Dispatcher } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cachedAgent, countingResolver, uncachedAgent } from '../../../snippets/http-clients/advanced/dns-cache.ts'
import { classify } from '../../../snippets/http-clients/advanced/error-taxonomy.ts'

describe('DNS lookups per new connection', () => {
  let server: Server
  let agent: Dispatcher | undefined
  beforeEach(async () => {
    server = createServer((req, res) => res.end(`host=${req.headers.host}`))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })
  afterEach(async () => {
    await agent?.close()
    agent = undefined
    await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() })
  })
  const port = () => (server.address() as AddressInfo).port
  // reset: true closes the socket after each response, so every request needs a NEW connection
  const callN = async (d: Dispatcher, n: number) => {
    for (let i = 0; i < n; i++) {
      const { body } = await request(`http://llm.test:${port()}/`, { dispatcher: d, reset: true })
      expect(await body.text()).toBe(`host=llm.test:${port()}`)
    }
  }

  it('without a cache, N fresh connections cause N lookups', async () => {
    const r = countingResolver()
    agent = uncachedAgent(r)
    await callN(agent, 5)
    expect(r.calls()).toBe(5)
  })

  it('with the DNS interceptor, one lookup within the TTL', async () => {
    const r = countingResolver()
    agent = cachedAgent(r, 10_000)
    await callN(agent, 5)
    expect(r.calls()).toBe(1)
  })

  it('an unknown name fails with ENOTFOUND, classified as network/dns', async () => {
    for (const make of [uncachedAgent, cachedAgent]) {
      const d = make(countingResolver())
      try {
        const err = await request(`http://nowhere.invalid:${port()}/`, { dispatcher: d }).catch((e: unknown) => e)
        expect(JSON.stringify((err as { code?: string }).code)).toBe('"ENOTFOUND"')
        expect([classify(err).category, classify(err).kind]).toEqual(['network', 'dns'])
      }
      finally { await d.close() }
    }
  })
})
