// Type test (checked by `tsc`, never run): a SYNCHRONOUS handler that forgets `return` does not
// compile. If Hono ever accepted it, the @ts-expect-error below would itself become the error.
import { Hono } from 'hono'
import { findProduct } from '../../../snippets/web-api/http-and-parameters/no-return.ts'

export const syncApp = new Hono()

// @ts-expect-error a sync handler must return a Response (or a Promise of one)
syncApp.get('/buggy-sync', (c) => {
  c.json({ id: 1 })
})

// The async variant is accepted: only a test exposes it (see no-return.test.ts).
syncApp.get('/buggy-async', async (c) => {
  c.json(await findProduct(1))
})
