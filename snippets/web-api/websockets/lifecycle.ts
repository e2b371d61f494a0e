// Allocate in onOpen, release in onClose: onClose is the `finally` of a WebSocket, and it runs for
// clean closes and abrupt drops alike. One bad message never kills the connection. Node only.
import { Hono } from 'hono'
import { ConnectionManager, OPEN, type Log, type SocketLike } from './connection-manager.ts'
import { HEARTBEAT_PRESETS, startHeartbeat, type Heartbeat, type HeartbeatSettings } from './heartbeat.ts'
import { frame } from './protocol.ts'
import { rawSocket, upgradeWebSocket } from './server.ts'
import { serial, type Handle } from './serial-queue.ts'

/** An error the client may see: its message is the reply. */
export class BusinessError extends Error {}

export interface Connection { id: string, socket: SocketLike, signal: AbortSignal }
export type MessageHandler = (data: string, conn: Connection) => Promise<void>

// #region message-errors
export function isolateErrors(handle: Handle, socket: SocketLike, log: Log): Handle {
  const reply = (message: string) => {
    if (socket.readyState === OPEN) socket.send(frame('error', { message }))
  }
  return async (data) => {
    try { await handle(data) }
    catch (error) { // report, then keep the connection: the next message may be fine
      if (error instanceof SyntaxError) reply('Invalid JSON')
      else if (error instanceof BusinessError) reply(error.message)
      else {
        log('message_failed', { stack: error instanceof Error ? error.stack : String(error) })
        reply('Internal server error') // never the internal message
      }
    }
  }
}
// #endregion message-errors

export interface LifecycleDeps {
  manager: ConnectionManager
  handle: MessageHandler
  log?: Log
  heartbeat?: HeartbeatSettings
  /** Per-connection setup (e.g. load a session); a throw closes the socket with 1011. */
  setup?: (conn: Connection) => void
}

// #region lifecycle
export function createLifecycleApp({ manager, handle, log = () => {},
  heartbeat = HEARTBEAT_PRESETS.internal, setup }: LifecycleDeps) {
  return new Hono().get('/ws', upgradeWebSocket(() => {
    // nothing allocated here: this runs for handshakes that never complete
    let conn: { id: string, beat: Heartbeat, abort: AbortController, queue: Handle } | undefined
    return {
      onOpen: (_event, ws) => {
        try {
          const socket = rawSocket(ws), abort = new AbortController(), id = manager.connect(socket)
          const c = { id, socket, signal: abort.signal }
          const queue = serial(isolateErrors(data => handle(data, c), socket, log))
          conn = { id, beat: startHeartbeat(socket, heartbeat), abort, queue }
          setup?.(c)
        }
        catch (error) { // outside message handling: 1011 Internal Error
          log('open_failed', { error: String(error) })
          if (ws.readyState === OPEN) ws.close(1011, 'internal error')
        }
      },
      // #endregion lifecycle
      // #region lifecycle-close
      onMessage: (event) => { conn?.beat.heard(); void conn?.queue(String(event.data)) },
      onClose: () => { // clean close or abrupt drop (1006): release everything
        conn?.beat.stop(); conn?.abort.abort() // timers and in-flight work end here
        if (conn) manager.disconnect(conn.id)
        conn = undefined
      },
    }
  }))
}
// #endregion lifecycle-close
