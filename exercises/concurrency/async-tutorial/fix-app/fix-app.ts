// A small shop API with three concurrency bugs (see README.md): a floating Promise, sequential
// awaits, and CPU work on the event loop. Fix them; keep the routes' answers the same.
// This module can also be a worker pool's worker: its default export is the signature task.
import { Hono } from 'hono'
import { Piscina } from 'piscina'
import { createSupervisor } from '../../../../snippets/concurrency/async-tutorial/fire-and-forget.ts'

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

// Available for your fixes: createSupervisor (supervised background tasks) and Piscina.
void createSupervisor
void Piscina

export function createShopApp(deps: ShopDeps) {
  const app = new Hono()
  app.get('/health', c => c.text('ok'))

  app.post('/orders/:id', (c) => {
    const orderId = Number(c.req.param('id'))
    deps.sendConfirmation(orderId) // BUG 1: floating Promise; its rejection crashes the process
    return c.json({ orderId, status: 'placed' }, 201)
  })

  app.get('/prices', async (c) => {
    const values: number[] = []
    for (const sku of SKUS)
      values.push(await deps.fetchPrice(sku)) // BUG 2: one upstream call at a time
    return c.json(Object.fromEntries(SKUS.map((sku, i) => [sku, values[i]])))
  })

  app.get('/signature', async (c) => {
    const data = c.req.query('data') ?? ''
    if (data === '')
      return c.json({ error: 'data is required' }, 400)
    return c.json({ signature: slowSignature(data) }) // BUG 3: blocks the event loop
  })

  const close = async () => {} // TODO: wait for background work, close what you opened
  return { app, close }
}
