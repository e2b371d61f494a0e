// Plain fetch has no socket cap; a Pool with `connections` turns excess work into a queue.
// Node only (real sockets).
import { fetch as undiciFetch } from 'undici'
import { createVendorPool, productionTransport } from './vendorPool.ts'

const chat = (prompt: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})

// #region defaultDispatcher
/** n prompts at once through Node's global fetch: one new socket per concurrent request. */
export async function fanOutDefault(vendorUrl: string, n: number): Promise<number[]> {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const res = await fetch(`${vendorUrl}/v1/chat/completions`, chat(`prompt ${i}`))
    await res.arrayBuffer() // always consume the body: it holds the socket
    return res.status
  }))
}
// #endregion defaultDispatcher

// #region boundedDispatcher
/** The same n prompts through a Pool: at most `connections` sockets, the rest wait their turn. */
export async function fanOutBounded(vendorUrl: string, n: number, connections: number): Promise<number[]> {
  const pool = createVendorPool({ ...productionTransport(vendorUrl), connections })
  try {
    return await Promise.all(Array.from({ length: n }, async (_, i) => {
      const res = await undiciFetch(`${vendorUrl}/v1/chat/completions`, { ...chat(`prompt ${i}`), dispatcher: pool })
      await res.arrayBuffer()
      return res.status
    }))
  }
  finally {
    await pool.close() // drains, then closes every socket
  }
}
// #endregion boundedDispatcher
