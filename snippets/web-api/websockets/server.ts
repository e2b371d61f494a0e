// The one file that knows how WebSockets are served on Node: @hono/node-server 2.x upgrades
// through a `ws` WebSocketServer created with noServer: true (it replaces @hono/node-ws).
import type { AddressInfo } from 'node:net'
import { serve, upgradeWebSocket, type WebSocketLike } from '@hono/node-server'
import { Hono } from 'hono'
import type { WSContext } from 'hono/ws'
import { WebSocket, WebSocketServer } from 'ws'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validate } from '../validation/validation-hook.ts'
import { roomChat, type RoomManager, type RoomPublish } from './connection-manager.ts'

export { upgradeWebSocket }
export interface FetchApp { fetch: (request: Request) => Response | Promise<Response> }
export interface WsServer {
  url: string // http://127.0.0.1:<port>
  wsUrl: (path: string) => string // ws://127.0.0.1:<port><path>
  wss: WebSocketServer // every open socket: wss.clients
  close: () => Promise<void>
}

// #region wiring
export function serveWs(app: FetchApp, port = 0, hostname = '127.0.0.1'): Promise<WsServer> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 }) // 64 KiB frames max
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port, websocket: { server: wss } },
      ({ port: bound }: AddressInfo) => resolve({
        url: `http://${hostname}:${bound}`,
        wsUrl: path => `ws://${hostname}:${bound}${path}`,
        wss,
        close: () => new Promise<void>((done) => {
          for (const socket of wss.clients) socket.terminate() // shutdown.ts closes politely first
          server.close(() => done()) // also closes wss
        }),
      }))
    server.once('error', reject)
  })
}
// #endregion wiring

/** The `ws` socket under Hono's WSContext: ping, terminate, bufferedAmount, send callbacks. */
export function rawSocket(ws: WSContext<WebSocketLike>): WebSocket {
  if (!(ws.raw instanceof WebSocket)) throw new Error('not served by serveWs')
  return ws.raw
}

export interface EchoEvents { onClosed?: (code: number) => void }

// #region echo
export function createEchoApp({ onClosed }: EchoEvents = {}) {
  const app = new Hono()
  app.get('/ws', upgradeWebSocket(() => ({
    // the adapter has accepted by now: no accept() to forget
    onMessage: (event, ws) => ws.send(`Echo: ${String(event.data)}`),
    // clean close: 1000; dropped: 1006
    onClose: event => onClosed?.(event.code),
  })))
  return app
}
// #endregion echo

export const RoomParam = z.object({ roomId: z.string().regex(/^[\w-]{1,64}$/) })

// #region chat-route
/** /ws/chat/:roomId: roomChat's events on real sockets; `publish` may go through a bus. */
export function createChatApp(rooms: RoomManager, publish?: RoomPublish) {
  const join = roomChat(rooms, publish)
  return useProblemDetails(new Hono()).get('/ws/chat/:roomId',
    validate('param', RoomParam), // a bad room id: 422, and no socket is ever opened
    upgradeWebSocket((c) => {
      const room = String(c.req.param('roomId'))
      let chat: ReturnType<typeof join> | undefined
      return {
        onOpen: (_event, ws) => { chat = join(room, rawSocket(ws)) },
        onMessage: event => chat?.message(String(event.data)),
        onClose: () => chat?.close(),
      }
    }))
}
// #endregion chat-route
