// Test helpers for real sockets: Node's global WebSocket client with a "next message" waiter, and
// a raw HTTP upgrade request that reports the handshake's status (browsers cannot see it).
import { request } from 'node:http'

export interface Client {
  socket: WebSocket
  next: (timeoutMs?: number) => Promise<string>
  closed: Promise<{ code: number, reason: string }>
}

export async function connect(url: string): Promise<Client> {
  const socket = new WebSocket(url)
  const inbox: string[] = []
  const waiters: Array<(data: string) => void> = []
  socket.addEventListener('message', (event) => {
    const data = String(event.data)
    const waiter = waiters.shift()
    if (waiter) waiter(data)
    else inbox.push(data)
  })
  const closed = new Promise<{ code: number, reason: string }>(resolve =>
    socket.addEventListener('close', e => resolve({ code: e.code, reason: e.reason }), { once: true }))
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true })
    socket.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true })
  })
  const next = (timeoutMs = 5_000) => {
    const queued = inbox.shift()
    if (queued !== undefined) return Promise.resolve(queued)
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs)
      waiters.push((data) => { clearTimeout(timer); resolve(data) })
    })
  }
  return { socket, next, closed }
}

/** Closes a client (if still open) and waits for its close event. */
export async function closeClient(client: Client): Promise<void> {
  if (client.socket.readyState < 2) client.socket.close(1000)
  await client.closed
}

/** Sends a WebSocket upgrade request and resolves with the status: 101, 401, 403, 503 … */
export function handshakeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url.replace(/^ws/, 'http'), { headers: {
      Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
      'Sec-WebSocket-Key': Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
      ...headers,
    } })
    req.on('upgrade', (res, socket) => { socket.destroy(); resolve(res.statusCode ?? 0) })
    req.on('response', (res) => { res.resume(); resolve(res.statusCode ?? 0) })
    req.on('error', reject)
    req.end()
  })
}
