import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'
import { type Blackhole, startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { Budget, ClientName } from '../../../snippets/http-clients/choosing-a-client/timeout-models.ts'

export const CLIENTS: ClientName[] = ['undici', 'fetch', 'got', 'axios', 'ky']
// "connect 5 s, first byte 30 s, idle 30 s", scaled down; first byte < idle so got names it.
export const SCALED: Budget = { connectMs: 300, firstByteMs: 500, idleMs: 800 }

/** A fake vendor and a blackhole (connect stall), both closed after each test. */
export function loopbackServers() {
  let vendor: FakeLlmServer | undefined
  let hole: Blackhole | undefined
  afterEach(async () => {
    await vendor?.close()
    await hole?.close()
    vendor = hole = undefined
  })
  return async () => {
    vendor = await serveFakeLlm()
    hole = await startBlackhole()
    return { vendor, hole }
  }
}

/** A loopback port nobody listens on (bound, then closed): connections are refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
