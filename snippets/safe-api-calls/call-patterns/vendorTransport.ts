// The Node side of the transport seam: undici's own fetch with the shared Pool as dispatcher, so
// the pool's `connections` is the hard ceiling. Node only (sockets).
import { type Dispatcher, fetch } from 'undici'
import type { Transport } from './callLlm.ts'

// #region undiciTransport
export function undiciTransport(pool: Dispatcher): Transport {
  return async (req, signal) => {
    // Use fetch from the same undici as the Pool (not the global fetch); the signal reaches the socket.
    const res = await fetch(req.url, {
      method: req.method, headers: [...req.headers], body: req.body ? await req.text() : undefined, signal, dispatcher: pool,
    })
    // The same web stream; only undici's and the DOM's TS declarations differ.
    return new Response(res.body as ReadableStream<Uint8Array> | null, { status: res.status, headers: [...res.headers] })
  }
}
// #endregion undiciTransport

