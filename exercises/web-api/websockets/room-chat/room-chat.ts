// Room chat with a heartbeat: rooms of client ids, join/leave notices, broadcast with dead-socket
// pruning, and a heartbeat that terminates silent peers.
import { Hono } from 'hono'
import { OPEN, type SocketLike } from '../../../../snippets/web-api/websockets/connection-manager.ts'
import { rawSocket, upgradeWebSocket } from '../../../../snippets/web-api/websockets/server.ts'

export interface ChatSocket extends SocketLike { terminate: () => void }

export class RoomManager {
  readonly #sockets = new Map<string, ChatSocket>()
  readonly #rooms = new Map<string, Set<string>>()

  get size(): number { return this.#sockets.size }
  get roomCount(): number { return this.#rooms.size }
  members(room: string): string[] { return [...this.#rooms.get(room) ?? []] }
  connect(id: string, socket: ChatSocket): void { this.#sockets.set(id, socket) }

  /** Adds the client to the room and tells the OTHER members "<id> joined". */
  join(id: string, room: string): void {
    // TODO: add id to the room's Set (create it if needed), then notify the others
  }

  /** Removes the client, deletes the room when empty, tells the rest "<id> left". */
  leave(id: string, room: string): void {
    // TODO: remove id; delete the room if it is empty, else notify the rest
  }

  /** Sends to every OPEN member except `exclude`; removes members whose send fails. Returns the count sent. */
  broadcastToRoom(room: string, message: unknown, exclude?: string): number {
    // TODO: JSON.stringify once; skip `exclude`; a socket that is not OPEN or whose send throws
    //       is dead: collect it and disconnect it AFTER the loop
    return 0
  }

  /** One close path: leave every room, forget the socket. */
  disconnect(id: string): void {
    // TODO: forget the socket and leave every room the client is in
  }
}

export class Heartbeat {
  readonly #socket: ChatSocket
  readonly #intervalMs: number
  readonly #timeoutMs: number
  #heard = true
  #interval: ReturnType<typeof setInterval> | undefined
  #deadline: ReturnType<typeof setTimeout> | undefined

  constructor(socket: ChatSocket, intervalMs = 30_000, timeoutMs = 10_000) {
    this.#socket = socket
    this.#intervalMs = intervalMs
    this.#timeoutMs = timeoutMs
  }

  /** Every interval: send {"type":"ping"}; terminate when nothing was heard within the timeout. */
  start(): void {
    // TODO: setInterval(#intervalMs): mark "not heard", send the ping, and arm a
    //       setTimeout(#timeoutMs) that terminates the socket if still not heard
  }

  /** Call on EVERY message from the client: last heard, not last sent. */
  heard(): void { /* TODO */ }

  /** From onClose: no timer may survive the connection. */
  stop(): void {
    // TODO: clear both timers
  }
}

/** Given: the route that uses both (read it, no TODO here). */
export function createRoomChatApp(rooms: RoomManager) {
  return new Hono().get('/ws/chat/:room', upgradeWebSocket((c) => {
    const room = String(c.req.param('room'))
    const id = crypto.randomUUID()
    let beat: Heartbeat | undefined
    return {
      onOpen: (_e, ws) => {
        const socket = rawSocket(ws)
        rooms.connect(id, socket)
        rooms.join(id, room)
        beat = new Heartbeat(socket)
        beat.start()
      },
      onMessage: (e) => {
        beat?.heard()
        rooms.broadcastToRoom(room, { type: 'chat', sender: id, text: String(e.data) })
      },
      onClose: () => { beat?.stop(); rooms.disconnect(id) },
    }
  }))
}
