// The write phase: a server that stops reading the request body. Node has no write timeout
// option; the call's deadline bounds the whole upload. (undici 8's headers timer, refreshed on
// every chunk written, also fires on a socket stuck mid-write: see the test.) Node only.
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'

/** Accepts uploads and never reads them: the TCP window fills, the client's writes stall. */
export async function startNonReadingServer(): Promise<{ url: string, server: Server }> {
  const server = createServer(req => req.socket.pause()) // no read, no answer
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('expected a TCP address')
  return { url: `http://127.0.0.1:${address.port}/upload`, server }
}

/** `chunks` pieces of 64 KiB, produced lazily (a big file, without the memory). */
export async function* payload(chunks: number): AsyncGenerator<Uint8Array> {
  const piece = new Uint8Array(64 * 1024)
  for (let i = 0; i < chunks; i++) yield piece
}

// #region upload-deadline
export async function upload(agent: Dispatcher, url: string, body: AsyncIterable<Uint8Array>,
  deadlineMs: number): Promise<number> {
  const res = await fetch(url, {
    method: 'POST', body, duplex: 'half', dispatcher: agent, // streamed, not buffered
    signal: AbortSignal.timeout(deadlineMs), // bounds the whole upload
  })
  await res.body?.cancel() // we only want the status: release the socket
  return res.status
}
// #endregion upload-deadline
