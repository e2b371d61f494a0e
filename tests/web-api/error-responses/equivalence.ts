// The same app, two ways in: app.request() in-process and @hono/node-server on a loopback port
// through a real HTTP client (undici). Both answers must agree on status, headers and body.
import { Agent, request } from 'undici'
import { expect } from 'vitest'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { FetchApp } from '../../../snippets/web-api/http-and-parameters/listen.ts'

export interface Exchange { status: number, headers: Record<string, string | null>, body: string }

/** Headers whose value is part of the contract (transport headers such as date differ by design). */
const CONTRACT_HEADERS = ['content-type', 'retry-after', 'www-authenticate', 'x-request-id', 'location']
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
const normalise = (text: string) => text.replace(UUID, '<uuid>')
const normaliseHeader = (value: string | null) => (value === null ? null : normalise(value))

export interface Case { path: string, init?: { method?: string, headers?: Record<string, string>, body?: string } }

export async function expectSameOverLoopback(app: FetchApp & { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, cases: readonly Case[]) {
  const server = await listen(app)
  const agent = new Agent({ allowH2: false, connections: 2 })
  try {
    for (const c of cases) {
      const local = await app.request(c.path, c.init)
      const inProcess: Exchange = {
        status: local.status,
        headers: Object.fromEntries(CONTRACT_HEADERS.map(h => [h, normaliseHeader(local.headers.get(h))])),
        body: normalise(await local.text()),
      }
      const remote = await request(`${server.url}${c.path}`, {
        dispatcher: agent, method: (c.init?.method ?? 'GET') as 'GET', headers: c.init?.headers, body: c.init?.body,
      })
      const overSocket: Exchange = {
        status: remote.statusCode,
        headers: Object.fromEntries(CONTRACT_HEADERS.map((h) => {
          const v = remote.headers[h]
          return [h, normaliseHeader(v === undefined ? null : String(v))]
        })),
        body: normalise(await remote.body.text()),
      }
      expect(overSocket, `${c.init?.method ?? 'GET'} ${c.path}`).toEqual(inProcess)
    }
  }
  finally {
    await agent.close()
    await server.close()
  }
}
