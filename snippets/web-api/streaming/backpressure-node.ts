// Socket-level backpressure through the Node adapter: a pull-based body is only asked for the
// next chunk when its queue has room; the adapter waits for `drain` when the socket is full.
// Node only (tests use a real TCP client that stops reading).
import { Hono } from 'hono'

export const CHUNK_BYTES = 64 * 1024

/** Chunk n is filled with the byte n % 256, so the client can check that nothing was lost. */
export const chunkAt = (n: number) => new Uint8Array(CHUNK_BYTES).fill(n % 256)

// #region drain
export function createFirehoseApp(totalChunks: number, onPull = () => {}) {
  const app = new Hono()
  app.get('/firehose', (c) => {
    let n = 0
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) { // called only when the stream's queue has room
        onPull()
        if (n >= totalChunks) controller.close()
        else controller.enqueue(chunkAt(n++))
      },
    }, { highWaterMark: 1 }) // one chunk ahead, then wait for the socket
    return c.body(body, 200, { 'Content-Type': 'application/octet-stream' })
  })
  return app
}
// #endregion drain
