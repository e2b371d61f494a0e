// Plain fetch has no socket cap; a Pool with `connections` turns excess work into a queue.
// Node only (real sockets).
import { fetch as undiciFetch } from 'undici'
import { createVendorPool, productionTransport } from './vendorPool.ts'

const completions = (vendorUrl: string) => `${vendorUrl}/v1/chat/completions`

const chat = (prompt: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})

/** Runs `task(0)` … `task(n - 1)` all at once. */
const all = <T>(n: number, task: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => task(i)))

// #region defaultDispatcher
/** n prompts at once through Node's global fetch:
 *  one new socket per concurrent request. */
export async function fanOutDefault(
  vendorUrl: string,
  n: number,
): Promise<number[]> {
  return all(n, async (i) => {
    const init = chat(`prompt ${i}`)
    const res = await fetch(completions(vendorUrl), init)
    // always consume the body: it holds the socket
    await res.arrayBuffer()
    return res.status
  })
}
// #endregion defaultDispatcher

// #region boundedDispatcher
/** The same n prompts through a Pool: at most
 *  `connections` sockets, the rest wait their turn. */
export async function fanOutBounded(
  vendorUrl: string, n: number, connections: number,
): Promise<number[]> {
  const transport = productionTransport(vendorUrl)
  const pool = createVendorPool({ ...transport, connections })
  try {
    return await all(n, async (i) => {
      const init = { ...chat(`prompt ${i}`), dispatcher: pool }
      const res = await undiciFetch(completions(vendorUrl), init)
      await res.arrayBuffer()
      return res.status
    })
  }
  finally {
    await pool.close() // drains, then closes every socket
  }
}
// #endregion boundedDispatcher
