// Room chat with a heartbeat: rooms of client ids, join/leave notices, broadcast with dead-socket
// pruning, and a heartbeat that terminates silent peers.
import { Hono } from 'hono'
import { OPEN, type SocketLike } from '../../../../../snippets/web-api/websockets/connection-manager.ts'
import { rawSocket, upgradeWebSocket } from '../../../../../snippets/web-api/websockets/server.ts'

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
    const members = this.#rooms.get(room) ?? new Set<string>()
    this.#rooms.set(room, members.add(id))
    this.broadcastToRoom(room, { type: 'system', text: `${id} joined` }, id)
  }

  /** Removes the client, deletes the room when empty, tells the rest "<id> left". */
  leave(id: string, room: string): void {
    const members = this.#rooms.get(room)
    if (!members?.delete(id)) return
    if (members.size === 0) this.#rooms.delete(room)
    else this.broadcastToRoom(room, { type: 'system', text: `${id} left` })
  }

  /** Sends to every OPEN member except `exclude`; removes members whose send fails. Returns the count sent. */
  broadcastToRoom(room: string, message: unknown, exclude?: string): number {
    const data = JSON.stringify(message)
    const dead: string[] = []
    let sent = 0
    for (const id of this.members(room)) {
      if (id === exclude) continue
      const socket = this.#sockets.get(id)
      try {
        if (socket?.readyState !== OPEN) throw new Error('not open')
        socket.send(data)
        sent++
      }
      catch { dead.push(id) }
    }
    for (const id of dead) this.disconnect(id) // after the loop, never during it
    return sent
  }

  /** One close path: leave every room, forget the socket. */
  disconnect(id: string): void {
    if (!this.#sockets.delete(id)) return
    for (const [room, members] of [...this.#rooms]) if (members.has(id)) this.leave(id, room)
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
    this.#interval = setInterval(() => {
      this.#heard = false
      this.#socket.send(JSON.stringify({ type: 'ping' }))
      this.#deadline ??= setTimeout(() => {
        this.#deadline = undefined
        if (!this.#heard) { this.stop(); this.#socket.terminate() }
      }, this.#timeoutMs)
    }, this.#intervalMs)
  }

  /** Call on EVERY message from the client: last heard, not last sent. */
  heard(): void { this.#heard = true }

  /** From onClose: no timer may survive the connection. */
  stop(): void {
    clearInterval(this.#interval)
    clearTimeout(this.#deadline)
    this.#interval = undefined
    this.#deadline = undefined
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
