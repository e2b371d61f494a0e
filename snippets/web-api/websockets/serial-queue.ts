// Hono calls onMessage for every frame without awaiting the last one: async handlers overlap and
// answer out of order, and a rejected promise is an unhandledRejection (fatal in Node by default).
import { OPEN, type Log, type SocketLike } from './connection-manager.ts'
import { frame } from './protocol.ts'

export type Handle = (data: string) => Promise<void>

// #region serial-handler
/** One queue per connection: each message starts after the previous one settled. */
export function serial(handle: Handle): Handle {
  let tail: Promise<void> = Promise.resolve()
  return (data) => {
    const run = tail.then(() => handle(data))
    tail = run.catch(() => {}) // a failure must not stall the queue
    return run
  }
}
// #endregion serial-handler

// #region safe-handler
/** Any throw becomes an `error` frame and a log line, never an unhandled rejection. */
export function safe(handle: Handle, socket: SocketLike, log: Log): Handle {
  return async (data) => {
    try { await handle(data) }
    catch (error) {
      log('message_failed', { error: error instanceof Error ? error.message : String(error) })
      if (socket.readyState === OPEN) socket.send(frame('error', { message: 'Internal server error' }))
    }
  }
}
// onMessage: (event) => { void queue(String(event.data)) }
// with  const queue = serial(safe(route, socket, log))  built in onOpen
// #endregion safe-handler
