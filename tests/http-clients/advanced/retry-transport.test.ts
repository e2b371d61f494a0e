import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import type { Dispatcher } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { retryingAgent } from '../../../snippets/http-clients/advanced/retry-transport.ts'

describe('transport retries pinned to network errors', () => {
  let server: Server | undefined
  let agent: Dispatcher | undefined
  let requests = 0
  afterEach(async () => {
    await agent?.close()
    await new Promise<void>((resolve) => { server?.close(() => resolve()); server?.closeAllConnections() })
    server = agent = undefined
    requests = 0
  })
  /** Resets the connection of the first `resets` requests (TCP RST), then answers `status`. */
  async function start(resets: number, status = 200) {
    server = createServer((req, res) => {
      if (++requests <= resets) return void req.socket.resetAndDestroy()
      res.statusCode = status
      res.end(`answer ${requests}`)
    })
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
    agent = retryingAgent(10)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  }

  it('a GET succeeds after 2 retries when the first two connections are reset', async () => {
    const url = await start(2)
    const { statusCode, body } = await request(url, { dispatcher: agent! })
    expect(statusCode).toBe(200)
    expect(await body.text()).toBe('answer 3')
    expect(requests).toBe(3)
  })

  it('a POST is not retried: it fails on the first reset', async () => {
    const url = await start(2)
    const err = await request(url, { dispatcher: agent!, method: 'POST', body: '{}' }).catch((e: unknown) => e)
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain((err as { code?: string }).code)
    expect(requests).toBe(1)
  })

  it('a 500 is returned, not retried (no status codes configured)', async () => {
    const url = await start(0, 500)
    const { statusCode, body } = await request(url, { dispatcher: agent! })
    expect(statusCode).toBe(500)
    await body.dump()
    expect(requests).toBe(1)
  })
})
