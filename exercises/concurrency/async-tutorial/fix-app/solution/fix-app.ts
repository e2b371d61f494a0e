// A small shop API with three concurrency bugs fixed: the confirmation mail is supervised, the
// five prices are fetched concurrently, and the signature is computed on a worker pool.
// This module is also the pool's worker: piscina loads it and calls its default export.
import { Hono } from 'hono'
import { Piscina } from 'piscina'
import { createSupervisor } from '../../../../../snippets/concurrency/async-tutorial/fire-and-forget.ts'

export const SKUS = ['tea', 'coffee', 'cocoa', 'mate', 'chai'] as const
export const SIGNATURE_ROUNDS = 40_000_000

export interface ShopDeps {
  sendConfirmation: (orderId: number) => Promise<void>
  fetchPrice: (sku: string) => Promise<number>
  log: (line: string) => void
}

/** CPU-heavy on purpose (about 100-200 ms): a stand-in for signing or hashing a document. */
export function slowSignature(data: string, rounds = SIGNATURE_ROUNDS): string {
  let hash = 2166136261
  for (let i = 0; i < rounds; i++)
    hash = Math.imul(hash ^ data.charCodeAt(i % data.length), 16777619) >>> 0
  return hash.toString(16).padStart(8, '0')
}

/** The worker task: plain data in, plain data out. */
export default function signatureTask({ data }: { data: string }): string {
  return slowSignature(data)
}

export function createShopApp(deps: ShopDeps) {
  const supervisor = createSupervisor(deps.log) // FIX 1: every background task has an owner
  const pool = new Piscina<{ data: string }, string>({ filename: import.meta.url, maxThreads: 2 }) // FIX 3: once
  const app = new Hono()
  app.get('/health', c => c.text('ok'))

  app.post('/orders/:id', (c) => {
    const orderId = Number(c.req.param('id'))
    supervisor.supervise('send-confirmation', deps.sendConfirmation(orderId), { orderId })
    return c.json({ orderId, status: 'placed' }, 201)
  })

  app.get('/prices', async (c) => {
    const values = await Promise.all(SKUS.map(sku => deps.fetchPrice(sku))) // FIX 2: all in flight
    return c.json(Object.fromEntries(SKUS.map((sku, i) => [sku, values[i]])))
  })

  app.get('/signature', async (c) => {
    const data = c.req.query('data') ?? ''
    if (data === '')
      return c.json({ error: 'data is required' }, 400)
    return c.json({ signature: await pool.run({ data }) }) // FIX 3: off the main thread
  })

  const close = async () => {
    await supervisor.drain()
    await pool.close()
  }
  return { app, close }
}
