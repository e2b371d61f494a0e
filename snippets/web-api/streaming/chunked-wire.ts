// What "streaming" is on the wire: HTTP/1.1 chunked transfer encoding, read with a raw TCP
// client so every byte shows. Node only (node:net).
import { connect } from 'node:net'
import { Hono } from 'hono'
import { stream } from 'hono/streaming'

/** Two writes, no Content-Length: Node's HTTP server frames them as chunks. */
export function createHelloApp() {
  const app = new Hono()
  app.get('/hello', c => stream(c, async (s) => {
    await s.write('Hello')
    await s.write(' World')
  }))
  return app
}

// #region raw-chunks
/** GET over a bare socket: returns the response exactly as the bytes arrived. */
export function rawGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(
      `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`))
    let raw = ''
    socket.setEncoding('latin1')
    socket.on('data', (data: string) => { raw += data })
    socket.on('end', () => resolve(raw))
    socket.on('error', reject)
  })
}
// #endregion raw-chunks

/** Makes CR and LF visible for the slide. */
export const showWire = (raw: string) => raw.replaceAll('\r\n', '\\r\\n\n')
