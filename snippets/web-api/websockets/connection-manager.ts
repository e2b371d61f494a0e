// Connection and room managers over a tiny socket interface: the same code serves a real `ws`
// socket on Node and a fake one in tests and browser slides. No node:* imports.

/** What the managers need from a socket: ws's WebSocket has exactly this shape. */
export interface SocketLike {
  readonly readyState: number
  readonly bufferedAmount: number
  send: (data: string, cb?: (err?: Error) => void) => void
  close: (code?: number, reason?: string) => void
}
export const OPEN = 1 // CONNECTING 0, OPEN 1, CLOSING 2, CLOSED 3
export type Log = (event: string, fields?: Record<string, unknown>) => void
const silent: Log = () => {}

// #region fake-socket
/** A socket for tests and slides: records frames, can fail sends, never touches a network. */
export class FakeSocket implements SocketLike {
  readyState = OPEN
  bufferedAmount = 0
  failSends = false
  stalled = false // a peer that stopped reading: frames stay buffered, never flush
  readonly sent: string[] = []
  closed: { code: number, reason: string } | undefined
  send(data: string, cb?: (err?: Error) => void): void {
    if (this.failSends || this.readyState !== OPEN) throw new Error('socket not open')
    this.sent.push(data)
    if (this.stalled) this.bufferedAmount += data.length
    else if (cb) queueMicrotask(() => cb()) // like ws: flushed later, never synchronously
  }
  close(code = 1000, reason = ''): void { this.readyState = 3; this.closed ??= { code, reason } }
  terminate(): void { this.close(1006, 'terminated') }
  json(): Array<Record<string, unknown>> { return this.sent.map(s => JSON.parse(s) as Record<string, unknown>) }
}
// #endregion fake-socket

// #region manager
export class ConnectionManager {
  protected readonly sockets = new Map<string, SocketLike>()
  protected readonly log: Log
  constructor(log: Log = silent) { this.log = log }
  get size(): number { return this.sockets.size }

  /** Random UUIDs: object identity or a per-process counter is not a stable id. */
  connect(socket: SocketLike, id: string = crypto.randomUUID()): string {
    this.sockets.set(id, socket)
    this.log('client_connected', { client_id: id, total_connections: this.size })
    return id
  }
  disconnect(id: string): void {
    if (this.sockets.delete(id))
      this.log('client_disconnected', { client_id: id, total_connections: this.size })
  }
  sendTo(id: string, message: unknown): boolean { return this.trySend(id, JSON.stringify(message)) }

  broadcast(message: unknown, exclude?: string): number {
    return this.sendMany([...this.sockets.keys()], JSON.stringify(message), exclude)
  }
  // #endregion manager

  /** Sends to each id; dead sockets are collected and pruned after the loop. */
  protected sendMany(ids: readonly string[], data: string, exclude?: string): number {
    const dead = ids.filter(id => id !== exclude && !this.trySend(id, data))
    for (const id of dead) this.disconnect(id)
    return ids.length - dead.length - (exclude !== undefined && ids.includes(exclude) ? 1 : 0)
  }

  protected trySend(id: string, data: string): boolean {
    const socket = this.sockets.get(id)
    if (socket?.readyState !== OPEN) return false // never send into a closing socket
    try { socket.send(data); return true }
    catch { return false } // a failed send marks the socket dead
  }
}

// #region rooms
export class RoomManager extends ConnectionManager {
  readonly #rooms = new Map<string, Set<string>>()

  joinRoom(id: string, room: string): void {
    const members = this.#rooms.get(room) ?? new Set<string>()
    this.#rooms.set(room, members.add(id))
  }
  leaveRoom(id: string, room: string): void {
    const members = this.#rooms.get(room)
    members?.delete(id)
    if (members?.size === 0) this.#rooms.delete(room) // no empty rooms left behind
  }
  broadcastToRoom(room: string, message: unknown, exclude?: string): number {
    return this.sendMany([...this.#rooms.get(room) ?? []], JSON.stringify(message), exclude)
  }
  getRoomMembers(room: string): Set<string> { return new Set(this.#rooms.get(room)) } // a copy
  getRoomsForClient(id: string): string[] {
    return [...this.#rooms].filter(([, members]) => members.has(id)).map(([room]) => room)
  }
  override disconnect(id: string): void {
    for (const room of this.getRoomsForClient(id)) this.leaveRoom(id, room)
    super.disconnect(id)
  }
}
// #endregion rooms

export type RoomPublish = (room: string, message: unknown, exclude?: string) => void

// #region room-chat
/** /ws/chat/:roomId as plain events: the server wires them to real sockets. */
export function roomChat(rooms: RoomManager, publish: RoomPublish = rooms.broadcastToRoom.bind(rooms)) {
  return (room: string, socket: SocketLike, clientId?: string) => {
    const id = rooms.connect(socket, clientId) // in onOpen: the socket exists now
    rooms.joinRoom(id, room)
    publish(room, { type: 'system', payload: { text: `${id} joined` } }, id)
    return {
      message: (text: string) =>
        publish(room, { type: 'chat', payload: { sender: id, text } }),
      close: () => { // onClose: leave first, then tell the others
        rooms.disconnect(id)
        publish(room, { type: 'system', payload: { text: `${id} left` } })
      },
    }
  }
}
// #endregion room-chat
